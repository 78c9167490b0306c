package org.vaspflow.analysis.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.w3c.dom.Document;

class ChartFilesTest {

    private static XYChart line() {
        XYChart chart = new XYChartBuilder().width(400).height(300).title("a line").build();
        chart.addSeries("y = 2x", new double[] {0, 1, 2}, new double[] {0, 2, 4});
        return chart;
    }

    @Test
    void pngDecodesToAnImageOfTheChartSize(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/line.png");
        ChartFiles.write(line(), file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(400, image.getWidth());
        assertEquals(300, image.getHeight());
    }

    @Test
    void svgIsValidXmlWithTheTitle(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("line.SVG");
        ChartFiles.write(line(), file);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(file.toFile());
        assertEquals("svg", doc.getDocumentElement().getLocalName() == null
                ? doc.getDocumentElement().getNodeName() : doc.getDocumentElement().getLocalName());
        assertEquals("a line", doc.getElementsByTagName("title").item(0).getTextContent());
        assertTrue(Files.readString(file).contains("<path"));
    }

    @Test
    void inlineSvgStartsAtTheSvgElement() {
        String svg = ChartFiles.inlineSvg(line());
        assertTrue(svg.startsWith("<svg"), svg.substring(0, 40));
    }

    @Test
    void otherExtensionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ChartFiles.formatOf(Path.of("plot.jpg")));
    }
}
