package org.vaspflow.analysis.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.analysis.plot.ChartFiles;

class CorrelationTest {
    /**
     * The seed study's Ru 4d-band centres (-1.97, -1.73, -1.60 eV) against Ru-O ICOHP (-1.55, -1.87, -2.15 eV),
     * fitted by hand: x̄ = -1.766667, ȳ = -1.856667; Sxx = 0.070467, Sxy = -0.111733, Syy = 0.180267;
     * slope = Sxy/Sxx, intercept = ȳ - slope·x̄, R² = Sxy²/(Sxx·Syy).
     */
    @Test
    void leastSquaresAndRSquaredByHand() {
        double[] x = {-1.97, -1.73, -1.60};
        double[] y = {-1.55, -1.87, -2.15};
        double mx = (x[0] + x[1] + x[2]) / 3;
        double my = (y[0] + y[1] + y[2]) / 3;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < 3; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
            syy += (y[i] - my) * (y[i] - my);
        }
        Correlation c = Correlation.fit("dband", x, "icohp", y, List.of("NaO2", "Na2O2", "Na2CO3"));
        assertEquals(sxy / sxx, c.slope(), 1e-12);
        assertEquals(my - sxy / sxx * mx, c.intercept(), 1e-12);
        assertEquals(sxy * sxy / (sxx * syy), c.rSquared(), 1e-12);
        assertEquals(-1.5856197, c.slope(), 1e-6);
        assertEquals(0.9828027, c.rSquared(), 1e-6);
    }

    @Test
    void missingValuesAreSkippedAndNamed(@TempDir Path dir) throws Exception {
        Correlation c = Correlation.fit("x", new double[] {1, 2, Double.NaN, 4}, "y", new double[] {2, 4, 5, 8.5},
                List.of("a", "b", "c", "d"));
        assertEquals(3, c.n());
        assertEquals(List.of("c"), c.skipped());
        assertThrows(IllegalArgumentException.class, () -> Correlation.fit("x", new double[] {1, Double.NaN}, "y",
                new double[] {1, 2}, List.of("a", "b")));
        Path png = dir.resolve("c.png");
        ChartFiles.write(CorrelationPlot.chart(c), png);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(800, img.getWidth());
        Path svg = dir.resolve("c.svg");
        ChartFiles.write(CorrelationPlot.chart(c), svg);
        var f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        String title = f.newDocumentBuilder().parse(svg.toFile()).getElementsByTagName("title").item(0)
                .getTextContent();
        assertTrue(title.startsWith("y vs x: R^2 = "), title);
        if (System.getenv("VASPFLOW_KEEP_PLOTS") != null) {
            ChartFiles.write(CorrelationPlot.chart(c), Path.of(System.getenv("VASPFLOW_KEEP_PLOTS"), "corr.png"));
        }
    }
}
