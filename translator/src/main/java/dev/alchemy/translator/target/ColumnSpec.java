package dev.alchemy.translator.target;

import net.sf.jsqlparser.statement.create.table.ColumnDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A column definition read into canonical parts: its type, whether it is an identity (auto-numbered) column in any
 * source spelling, and the remaining column specs ({@code NOT NULL}, {@code PRIMARY KEY}, {@code DEFAULT ..}) with
 * the identity words and MySQL's {@code COMMENT 'text'} (kept in {@link #comment()}) removed. SQL Server's
 * {@code IDENTITY(seed, increment)} other than (1, 1) is kept in {@link #identitySeed()} / {@link #identityIncrement()}.
 * {@link #identityAt()} is where among the other specs the source wrote {@code IDENTITY(..)} or
 * {@code GENERATED .. AS IDENTITY} ({@code NOT NULL IDENTITY(1, 1)} keeps its order); 0 for {@code SERIAL},
 * {@code AUTO_INCREMENT} and SQLite's {@code AUTOINCREMENT} (part of its PRIMARY KEY clause), which go first.
 */
public record ColumnSpec(SqlType type, boolean identity, boolean primaryKey, List<String> otherSpecs, String comment,
                         String identitySeed, String identityIncrement, int identityAt) {

    public static ColumnSpec read(ColumnDefinition column) {
        SqlType type = SqlType.read(column.getColDataType());
        List<String> specs = words(column.getColumnSpecs());
        List<String> other = new ArrayList<>(specs.size());
        boolean identity = type.serial();
        boolean primaryKey = false;
        String comment = null;
        String seed = null;
        String increment = null;
        int identityAt = 0;
        for (int i = 0; i < specs.size(); i++) {
            String s = specs.get(i);
            String u = s.toUpperCase(Locale.ROOT);
            if (u.equals("AUTO_INCREMENT") || u.equals("AUTOINCREMENT")) {
                identity = true;
            } else if (u.equals("GENERATED") && i + 1 < specs.size()) {
                // GENERATED { ALWAYS | BY DEFAULT } AS IDENTITY [ ( options ) ]
                int j = i + 1;
                while (j < specs.size() && !specs.get(j).equalsIgnoreCase("IDENTITY")) {
                    j++;
                }
                if (j < specs.size()) {
                    identity = true;
                    identityAt = other.size();
                    i = skipParenthesised(specs, j);
                    // ( START WITH s [ INCREMENT BY n ] ..): kept like SQL Server's IDENTITY(s, n)
                    String start = null;
                    String by = "1";
                    for (int k = j + 1; k + 2 <= i; k++) {
                        if (specs.get(k).equalsIgnoreCase("START") && specs.get(k + 1).equalsIgnoreCase("WITH")) {
                            start = specs.get(k + 2);
                        } else if (specs.get(k).equalsIgnoreCase("INCREMENT") && specs.get(k + 1).equalsIgnoreCase("BY")) {
                            by = specs.get(k + 2);
                        }
                    }
                    if (start != null && !(start.equals("1") && by.equals("1"))) {
                        seed = start;
                        increment = by;
                    }
                } else {
                    other.add(s);
                }
            } else if (u.equals("DEFAULT") && i + 1 < specs.size() && isNowFunction(specs.get(i + 1))) {
                // DEFAULT now() / getdate() / CURRENT_TIMESTAMP(): the portable spelling every target accepts
                other.add(s);
                other.add("CURRENT_TIMESTAMP");
                i++;
                if (i + 1 < specs.size() && specs.get(i + 1).equals("()")) {
                    i++;
                }
            } else if (u.equals("COMMENT") && i + 1 < specs.size()) {
                i++; // MySQL's column COMMENT 'text': only MySQL keeps it (see MySqlTarget)
                comment = specs.get(i);
            } else if (u.equals("IDENTITY") || u.startsWith("IDENTITY(") || u.startsWith("IDENTITY (")) {
                identity = true;
                identityAt = other.size();
                int end = skipParenthesised(specs, i);
                String args = String.join("", specs.subList(i, end + 1)).replaceAll("(?i)IDENTITY", "")
                        .replaceAll("[()\\s]", "");
                String[] parts = args.split(",");
                if (parts.length == 2 && !(parts[0].equals("1") && parts[1].equals("1"))) {
                    seed = parts[0];
                    increment = parts[1];
                }
                i = end;
            } else {
                if (u.equals("PRIMARY") && i + 1 < specs.size() && specs.get(i + 1).equalsIgnoreCase("KEY")) {
                    primaryKey = true;
                }
                // JSqlParser 5.4 renders a boolean literal (DEFAULT TRUE) in lower case; keep the keyword spelling
                other.add(u.equals("TRUE") || u.equals("FALSE") ? u : s);
            }
        }
        if (identity && type.kind() != SqlType.Kind.SMALLINT && type.kind() != SqlType.Kind.BIGINT) {
            type = new SqlType(SqlType.Kind.INTEGER, List.of(), type.serial(), type.original());
        }
        return new ColumnSpec(type, identity, primaryKey, other, comment, seed, increment, identityAt);
    }

    /** An identity column of {@code type} with no other specs; {@code primaryKey}: it is the table's whole key. */
    static ColumnSpec identity(SqlType type, boolean primaryKey) {
        return new ColumnSpec(type, true, primaryKey, List.of(), null, null, null, 0);
    }

    /**
     * The specs one word per entry. JSqlParser 5.4 keeps {@code GENERATED { ALWAYS | BY DEFAULT } AS IDENTITY [ (..) ]}
     * as a single spec; it is split into words and parentheses so that every spelling is read the same way.
     */
    static List<String> words(List<String> specs) {
        if (specs == null) {
            return List.of();
        }
        List<String> words = null;
        for (int i = 0; i < specs.size(); i++) {
            String s = specs.get(i);
            boolean generated = s.regionMatches(true, 0, "GENERATED", 0, 9) && s.length() > 9
                    && Character.isWhitespace(s.charAt(9));
            if (generated && words == null) {
                words = new ArrayList<>(specs.subList(0, i));
            }
            if (generated) {
                words.addAll(List.of(s.replace("(", " ( ").replace(")", " ) ").trim().split("\\s+")));
            } else if (words != null) {
                words.add(s);
            }
        }
        return words == null ? specs : words;
    }

    private static boolean isNowFunction(String token) {
        switch (token.toUpperCase(Locale.ROOT)) {
            case "NOW": case "NOW()": case "GETDATE": case "GETDATE()": case "SYSDATETIME": case "SYSDATETIME()":
            case "CURRENT_TIMESTAMP": case "CURRENT_TIMESTAMP()": case "LOCALTIMESTAMP": case "LOCALTIMESTAMP()":
                return true;
            default:
                return false;
        }
    }

    /** Index of the last token of a parenthesised group starting right after {@code at}, or {@code at}. */
    private static int skipParenthesised(List<String> specs, int at) {
        String current = specs.get(at);
        int depth = count(current, '(') - count(current, ')');
        int i = at;
        if (depth == 0 && i + 1 < specs.size() && specs.get(i + 1).startsWith("(")) {
            i++;
            depth = count(specs.get(i), '(') - count(specs.get(i), ')');
        }
        while (depth > 0 && i + 1 < specs.size()) {
            i++;
            depth += count(specs.get(i), '(') - count(specs.get(i), ')');
        }
        return i;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** The other specs with {@code identityWords} where the source wrote its identity ({@link #identityAt()}). */
    public List<String> withIdentity(List<String> identityWords) {
        List<String> out = new ArrayList<>(otherSpecs.size() + identityWords.size());
        out.addAll(otherSpecs.subList(0, identityAt));
        out.addAll(identityWords);
        out.addAll(otherSpecs.subList(identityAt, otherSpecs.size()));
        return out;
    }

    /** The other specs without PRIMARY KEY (for targets that must place it themselves). */
    public List<String> otherSpecsWithoutPrimaryKey() {
        List<String> out = new ArrayList<>(otherSpecs.size());
        for (int i = 0; i < otherSpecs.size(); i++) {
            if (otherSpecs.get(i).equalsIgnoreCase("PRIMARY") && i + 1 < otherSpecs.size()
                    && otherSpecs.get(i + 1).equalsIgnoreCase("KEY")) {
                i++;
                continue;
            }
            out.add(otherSpecs.get(i));
        }
        return out;
    }
}
