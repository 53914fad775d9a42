package org.dateline.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A split of PolNeAR (brat format) as gold data.
 *
 * <p>A split folder holds {@code text/<name>.txt} and {@code attributions/<name>_<annotator>.ann}. Several
 * annotators may have annotated one text; only ONE annotation per text is used: the first annotator file in sorted
 * file-name order. The others are listed in {@code unusedAnnotations}; texts without any annotation file are left
 * out and listed in {@code unannotatedTexts}. Publication dates come from the {@code publication_date} column of
 * {@code metadata.tsv}, matched on its {@code filename} column.
 *
 * @param texts             annotated texts in file-name order
 * @param unusedAnnotations {@code .ann} file names not used because another annotator's file came first
 * @param unannotatedTexts  names of texts that have no annotation file
 */
public record PolnearCorpus(List<PolnearText> texts, List<String> unusedAnnotations, List<String> unannotatedTexts) {

    public PolnearCorpus {
        texts = List.copyOf(texts);
        unusedAnnotations = List.copyOf(unusedAnnotations);
        unannotatedTexts = List.copyOf(unannotatedTexts);
    }

    /** Loads a split folder, with metadata.tsv taken from the folder itself or else from its parent. */
    public static PolnearCorpus load(Path splitDir) throws IOException {
        Path inside = splitDir.resolve("metadata.tsv");
        Path parent = splitDir.toAbsolutePath().getParent();
        Path metadata = Files.exists(inside) || parent == null ? inside : parent.resolve("metadata.tsv");
        return load(splitDir, metadata);
    }

    public static PolnearCorpus load(Path splitDir, Path metadata) throws IOException {
        Path textDir = splitDir.resolve("text");
        Path annDir = splitDir.resolve("attributions");
        for (Path required : List.of(textDir, annDir)) {
            if (!Files.isDirectory(required)) {
                throw new IOException("not a PolNeAR split folder, missing " + required);
            }
        }
        if (!Files.isRegularFile(metadata)) {
            throw new IOException("PolNeAR metadata not found: " + metadata);
        }
        Map<String, LocalDate> dates = publicationDates(metadata);
        Map<String, List<String>> annotationsByText = annotationFiles(annDir);
        var texts = new ArrayList<PolnearText>();
        var unused = new ArrayList<String>();
        var unannotated = new ArrayList<String>();
        for (String name : fileNames(textDir, ".txt")) {
            String textName = name.substring(0, name.length() - ".txt".length());
            List<String> annotations = annotationsByText.remove(textName);
            if (annotations == null) {
                unannotated.add(textName);
                continue;
            }
            String chosen = annotations.get(0);
            unused.addAll(annotations.subList(1, annotations.size()));
            LocalDate published = dates.get(textName);
            if (published == null) {
                throw new IllegalArgumentException(metadata + ": no publication_date for " + textName);
            }
            String text = Files.readString(textDir.resolve(name));
            String ann = Files.readString(annDir.resolve(chosen));
            String annotator = chosen.substring(textName.length() + 1, chosen.length() - ".ann".length());
            texts.add(new PolnearText(textName, annotator, published, text,
                    BratAnnotations.parse(ann, text, annDir.resolve(chosen).toString())));
        }
        if (!annotationsByText.isEmpty()) {
            throw new IllegalArgumentException(annDir + ": annotations without a text: " + annotationsByText.values());
        }
        return new PolnearCorpus(texts, unused, unannotated);
    }

    /** Annotation file names grouped by text name (the part before the last underscore), each group sorted. */
    private static Map<String, List<String>> annotationFiles(Path annDir) throws IOException {
        var byText = new TreeMap<String, List<String>>();
        for (String name : fileNames(annDir, ".ann")) {
            int underscore = name.lastIndexOf('_');
            if (underscore <= 0) {
                throw new IllegalArgumentException(annDir + ": " + name + " is not named <text>_<annotator>.ann");
            }
            byText.computeIfAbsent(name.substring(0, underscore), k -> new ArrayList<>()).add(name);
        }
        return byText;
    }

    private static List<String> fileNames(Path dir, String suffix) throws IOException {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(suffix))
                    .sorted()
                    .toList();
        }
    }

    private static Map<String, LocalDate> publicationDates(Path metadata) throws IOException {
        List<String> lines = Files.readAllLines(metadata);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(metadata + ": empty");
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int nameColumn = header.indexOf("filename");
        int dateColumn = header.indexOf("publication_date");
        if (nameColumn < 0 || dateColumn < 0) {
            throw new IllegalArgumentException(metadata + ": needs the columns filename and publication_date, has "
                    + header);
        }
        var dates = new HashMap<String, LocalDate>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = lines.get(i).split("\t", -1);
            if (cells.length != header.size()) {
                throw new IllegalArgumentException(metadata + ":" + (i + 1) + ": " + cells.length + " columns, "
                        + header.size() + " expected");
            }
            String date = cells[dateColumn].strip();
            if (date.isEmpty()) {
                continue; // a row without a date fails only if its text is loaded
            }
            try {
                dates.put(cells[nameColumn].strip(), LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(metadata + ":" + (i + 1) + ": bad publication_date '" + date + "'",
                        e);
            }
        }
        return dates;
    }
}
