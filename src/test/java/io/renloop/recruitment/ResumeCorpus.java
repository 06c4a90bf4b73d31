package io.renloop.recruitment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a corpus of resume files for ingestion benchmarks: {@link ResumeTexts} resumes (about half Chinese, half
 * English, eight occupations) as alternating PDF and DOCX files named {@code resume-00001.pdf},
 * {@code resume-00002.docx}, … The same count and seed always give the same files. Chinese PDFs embed a CJK font
 * (see {@link ResumeDocuments#chinesePdf}).
 */
public final class ResumeCorpus {

	/** Where benchmarks put the corpus unless told otherwise. */
	public static final Path DEFAULT_DIRECTORY = Path.of("target", "bench-resumes");

	/** The seed benchmarks use, so that they compare figures on the same files. */
	public static final long DEFAULT_SEED = 20261122L;

	private ResumeCorpus() {
	}

	/**
	 * Writes {@code count} resumes to {@code directory} (created if missing; files of an earlier corpus with the
	 * same names are replaced) and returns their paths in order.
	 */
	public static List<Path> write(Path directory, int count, long seed) {
		try {
			Files.createDirectories(directory);
			List<Path> files = new ArrayList<>(count);
			for (int i = 1; i <= count; i++) {
				String text = text(seed, i);
				boolean pdf = i % 2 == 1;
				Path file = directory.resolve(String.format(Locale.ROOT, "resume-%05d.%s", i, pdf ? "pdf" : "docx"));
				Files.write(file, pdf ? pdf(text) : ResumeDocuments.docx(text));
				files.add(file);
			}
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The text of resume number {@code i} (from 1) of the corpus with {@code seed}. */
	public static String text(long seed, int i) {
		return ResumeTexts.resume(seed * 1_000_003L + i);
	}

	private static byte[] pdf(String text) {
		boolean latin = text.chars().allMatch(c -> c < 0x80);
		return latin ? ResumeDocuments.latinPdf(text) : ResumeDocuments.chinesePdf(text);
	}
}
