package dev.alchemy.driver.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A named source of text (a file or standard input), decoded as strict UTF-8 so bad bytes fail loudly. */
final class Input {
    private final String name;
    private final Path path;
    private final InputStream stream;

    private Input(String name, Path path, InputStream stream) {
        this.name = name;
        this.path = path;
        this.stream = stream;
    }

    static Input file(Path path) {
        return new Input(path.toString(), path, null);
    }

    static Input stdin(InputStream in) {
        return new Input("<stdin>", null, in);
    }

    String name() {
        return name;
    }

    /** A reader of the text; the caller closes it (closing standard input is harmless for a one-shot CLI). */
    BufferedReader open() throws IOException {
        InputStream in = path != null ? Files.newInputStream(path) : stream;
        return new BufferedReader(new InputStreamReader(in, strictUtf8()));
    }

    String readAll() throws IOException {
        try (BufferedReader r = open()) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            for (int k; (k = r.read(buf)) >= 0; ) {
                sb.append(buf, 0, k);
            }
            return stripBom(sb.toString());
        }
    }

    static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
