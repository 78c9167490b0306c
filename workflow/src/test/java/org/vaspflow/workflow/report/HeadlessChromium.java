package org.vaspflow.workflow.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;

/**
 * Renders an HTML file in headless Chromium (Debian {@code chromium}) with a fresh profile and every background
 * service off: once for a PNG screenshot with Chromium's log on stderr (console messages appear there as
 * {@code :CONSOLE} lines), once for the DOM after parsing ({@code --dump-dom}).
 *
 * <p>Without Chromium the test is skipped with a message, unless {@code CI} or {@code VASPFLOW_REQUIRE_CLUSTER} is
 * set: then it fails (.ci/run installs chromium).
 */
public final class HeadlessChromium {
    /** What the browser made of a page. */
    public record Render(BufferedImage screenshot, String dom, List<String> consoleLines, String log) {
    }

    private HeadlessChromium() {
    }

    /** The browser, or a skip / failure as the environment demands. */
    public static Path require() {
        Optional<Path> found = find();
        if (found.isEmpty()) {
            String msg = "headless Chromium not found (apt-get install -y chromium)";
            if (isSet("CI") || isSet("VASPFLOW_REQUIRE_CLUSTER")) {
                fail(msg + "; CI/VASPFLOW_REQUIRE_CLUSTER is set, so the browser check is required");
            }
            Assumptions.abort(msg + "; skipping the browser check");
        }
        return found.get();
    }

    static Optional<Path> find() {
        List<Path> candidates = new ArrayList<>(List.of(Path.of("/usr/bin/chromium"),
                Path.of("/usr/bin/chromium-browser")));
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(":")) {
                candidates.add(Path.of(dir, "chromium"));
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    private static boolean isSet(String env) {
        String v = System.getenv(env);
        return v != null && !v.isBlank();
    }

    /** Renders {@code html} at 1280×2000; {@code work} holds the profile, screenshot and logs. */
    public static Render render(Path chromium, Path html, Path work) throws IOException, InterruptedException {
        Path png = work.resolve("screenshot.png");
        Path log = work.resolve("chromium.log");
        run(chromium, work, List.of("--screenshot=" + png, "--window-size=1280,2000", "--enable-logging=stderr",
                "--v=0"), html, log);
        Path dom = work.resolve("dom.html");
        run(chromium, work, List.of("--dump-dom"), html, dom);
        String logText = Files.readString(log, StandardCharsets.UTF_8);
        List<String> console = logText.lines().filter(l -> l.contains(":CONSOLE") || l.contains("Uncaught"))
                .toList();
        BufferedImage image = ImageIO.read(png.toFile());
        if (image == null) {
            fail("Chromium's screenshot " + png + " does not decode as PNG; log:\n" + logText);
        }
        return new Render(image, Files.readString(dom, StandardCharsets.UTF_8), console, logText);
    }

    private static void run(Path chromium, Path work, List<String> extra, Path html, Path output)
            throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "profile");
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
        cmd.addAll(extra);
        cmd.add(html.toUri().toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile());
        boolean dumpDom = extra.contains("--dump-dom");
        pb.redirectOutput(dumpDom ? output.toFile() : work.resolve("stdout.txt").toFile());
        pb.redirectError(dumpDom ? work.resolve("dom-stderr.txt").toFile() : output.toFile());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("Chromium did not finish within 120 s: " + cmd);
        }
        assertEquals(0, p.exitValue(), "Chromium failed: " + cmd);
    }

    /** Variance of the luminance (0–255) over every 4th pixel: a blank page gives ~0. */
    public static double luminanceVariance(BufferedImage img) {
        double sum = 0;
        double sum2 = 0;
        long n = 0;
        for (int y = 0; y < img.getHeight(); y += 4) {
            for (int x = 0; x < img.getWidth(); x += 4) {
                int rgb = img.getRGB(x, y);
                double l = 0.2126 * (rgb >> 16 & 255) + 0.7152 * (rgb >> 8 & 255) + 0.0722 * (rgb & 255);
                sum += l;
                sum2 += l * l;
                n++;
            }
        }
        double mean = sum / n;
        return sum2 / n - mean * mean;
    }
}
