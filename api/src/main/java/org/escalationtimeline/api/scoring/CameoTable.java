package org.escalationtimeline.api.scoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** GDELT's CAMEO lookup: every event code with its label and Goldstein weight (the project's copy, {@code cameo.tsv}). */
public final class CameoTable {

    public record Entry(String code, String label, double goldstein) {
    }

    /** The label of a code the table does not have (a record coded under another table). */
    public static final String UNKNOWN_LABEL = "unknown code";

    private static final CameoTable STANDARD = load("cameo.tsv");

    private final Map<String, Entry> entries;

    private CameoTable(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    public static CameoTable standard() {
        return STANDARD;
    }

    public boolean contains(String code) {
        return entries.containsKey(code);
    }

    /**
     * The code's entry; for a code the table does not have, one labelled {@link #UNKNOWN_LABEL}
     * with its root's weight, so that a record coded under another table still reads.
     */
    public Entry entry(CameoCode code) {
        Entry entry = entries.get(code.value());
        if (entry != null) {
            return entry;
        }
        Entry root = entries.get(code.root());
        return new Entry(code.value(), UNKNOWN_LABEL, root == null ? 0.0 : root.goldstein());
    }

    /** Every entry in the order of GDELT's table. */
    public Map<String, Entry> entries() {
        return entries;
    }

    private static CameoTable load(String resource) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (InputStream in = CameoTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("CAMEO table " + resource + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] fields = line.split("\t");
                entries.put(fields[0], new Entry(fields[0], fields[1], Double.parseDouble(fields[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CameoTable(entries);
    }
}
