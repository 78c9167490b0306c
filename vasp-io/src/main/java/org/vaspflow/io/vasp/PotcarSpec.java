package org.vaspflow.io.vasp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vaspflow.io.parse.TextCursor;
import org.vaspflow.io.structure.Element;

/**
 * {@code POTCAR.spec}: the PAW symbols of a calculation, one per line in species order ({@code Na_pv},
 * {@code Mn_pv}, {@code O}), written instead of a licensed POTCAR so inputs can be shared; the POTCAR is
 * assembled on the machine that has the pseudopotentials ({@link PotcarAssembler}). Blank lines and lines
 * starting with {@code #} are ignored.
 */
public record PotcarSpec(List<String> symbols) {
    public PotcarSpec {
        symbols = List.copyOf(symbols);
    }

    public static PotcarSpec read(Path file) {
        try (TextCursor c = TextCursor.open(file)) {
            List<String> symbols = new ArrayList<>();
            String line;
            while ((line = c.next()) != null) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                String[] t = TextCursor.tokens(s);
                if (t.length != 1 || Element.parse(t[0]).isEmpty() || !t[0].matches("[A-Z][a-z]?(_[A-Za-z0-9_.]+)?")) {
                    throw c.error("expected one PAW symbol per line (e.g. Mn_pv)");
                }
                symbols.add(t[0]);
            }
            if (symbols.isEmpty()) {
                throw c.error("no PAW symbol in POTCAR.spec");
            }
            return new PotcarSpec(symbols);
        }
    }

    public String write() {
        return String.join("\n", symbols) + "\n";
    }

    public void write(Path file) {
        try {
            Files.writeString(file, write(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
