package org.vaspflow.io.vasp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.vaspflow.io.parse.TextCursor;
import org.vaspflow.io.structure.Element;

/**
 * {@code POTCAR.spec}: the PAW symbols of a calculation, one per line in species order ({@code Na_pv},
 * {@code Mn_pv}, {@code O}), written instead of a licensed POTCAR so inputs can be shared; the POTCAR is
 * assembled on the machine that has the pseudopotentials ({@link PotcarAssembler}). Blank lines and lines
 * starting with {@code #} are ignored.
 */
public record PotcarSpec(List<String> symbols) {
    /** Element, then an optional suffix: {@code O}, {@code Mn_pv}, {@code H.75}, {@code Ru_sv_GW}, {@code O_h}. */
    private static final Pattern SYMBOL = Pattern.compile("[A-Z][a-z]?([_.][A-Za-z0-9_.]+)?");

    public PotcarSpec {
        symbols = List.copyOf(symbols);
        if (symbols.isEmpty()) {
            throw new IllegalArgumentException("a POTCAR.spec names at least one symbol");
        }
    }

    public static PotcarSpec read(Path file) {
        return TextCursor.read(file, PotcarSpec::parse);
    }

    public static PotcarSpec parse(String name, String text) {
        return TextCursor.parse(name, text, PotcarSpec::parse);
    }

    private static PotcarSpec parse(TextCursor c) {
        List<String> symbols = new ArrayList<>();
        String line;
        while ((line = c.next()) != null) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            String[] t = TextCursor.tokens(s);
            if (t.length != 1 || !SYMBOL.matcher(t[0]).matches() || Element.parse(t[0]).isEmpty()) {
                throw c.errorAt(t[0], "expected one PAW symbol per line (e.g. Mn_pv)");
            }
            symbols.add(t[0]);
        }
        if (symbols.isEmpty()) {
            throw c.error("no PAW symbol in POTCAR.spec");
        }
        return new PotcarSpec(symbols);
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
