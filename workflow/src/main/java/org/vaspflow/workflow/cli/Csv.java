package org.vaspflow.workflow.cli;

/** RFC 4180 cells for the CSV the commands write. */
final class Csv {
    private Csv() {
    }

    /** The value as a CSV cell: quoted (quotes doubled) when it holds a comma, a quote or a line break. */
    static String cell(Object value) {
        String s = String.valueOf(value);
        return s.matches("[^,\"\r\n]*") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
