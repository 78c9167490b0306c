package org.vaspflow.analysis.thermo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.vaspflow.analysis.plot.ChartFiles;
import org.w3c.dom.Document;

class FreeEnergyPlotTest {
    private static final Path EXAMPLES = Path.of("..", "examples", "pathways");

    private static FreeEnergyResult naO2() {
        return FreeEnergyDiagram.compute(PathwayLoader.load(EXAMPLES.resolve("na-o2-peroxide.yaml")), EXAMPLES);
    }

    @Test
    void legendNamesEveryPotentialAndTitleTheOverpotentials() {
        XYChart chart = FreeEnergyPlot.chart(naO2());
        assertEquals("Na-O2 discharge to Na2O2: eta_discharge = 0.074 V, eta_charge = 0.074 V", chart.getTitle());
        var names = chart.getSeriesMap().keySet();
        assertTrue(names.contains("U = 0 V vs Na/Na+"), names.toString());
        assertTrue(names.contains("U_eq = 2.326 V"), names.toString());
        assertTrue(names.contains("U_L,discharge = 2.252 V"), names.toString());
        assertTrue(names.contains("U_L,charge = 2.400 V"), names.toString());
        // the U = 0 staircase: levels 0, -2.2523, -4.6523 as drawn
        double[] y = chart.getSeriesMap().get("U = 0 V vs Na/Na+").getYData();
        assertEquals(0, y[0], 1e-12);
        assertEquals(-2.2523, y[3], 1e-9);
        assertEquals(-4.6523, y[7], 1e-9);
    }

    @Test
    void pngDecodesAndSvgIsXml(@TempDir Path dir) throws Exception {
        XYChart chart = FreeEnergyPlot.chart(naO2());
        Path png = dir.resolve("fed.png");
        ChartFiles.write(chart, png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(900, image.getWidth());
        assertEquals(560, image.getHeight());
        Path svg = dir.resolve("fed.svg");
        ChartFiles.write(FreeEnergyPlot.chart(naO2()), svg);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(svg.toFile());
        assertTrue(doc.getElementsByTagName("title").item(0).getTextContent().contains("eta_charge = 0.074 V"));
        if (System.getenv("VASPFLOW_KEEP_PLOTS") != null) {
            ChartFiles.write(FreeEnergyPlot.chart(naO2()), Path.of(System.getenv("VASPFLOW_KEEP_PLOTS"), "na-o2.png"));
            ChartFiles.write(FreeEnergyPlot.chart(FreeEnergyDiagram.compute(PathwayLoader.load(
                    EXAMPLES.resolve("oer-ruo2-110.yaml")), EXAMPLES)), Path.of(System.getenv("VASPFLOW_KEEP_PLOTS"),
                    "oer.png"));
        }
    }
}
