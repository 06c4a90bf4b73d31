import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes plain-text resumes for bench/chaos.sh: each takes a sentence of the public Chinese resume NER corpus
 * (../shared/data/resume-ner, an executive's biography) as its work history, the person's name from the sentence
 * when it has one, and a phone number and e-mail that no other generated resume shares, so that every file must
 * become its own new candidate.
 *
 * java bench/ChaosResumes.java --corpus ../shared/data/resume-ner --out DIR --count 200 --phone-prefix 1991
 */
public class ChaosResumes {

	public static void main(String[] args) throws IOException {
		Path corpus = Path.of(option(args, "--corpus", "../shared/data/resume-ner"));
		Path out = Path.of(option(args, "--out", "bench/out/resumes"));
		int count = Integer.parseInt(option(args, "--count", "200"));
		String phonePrefix = option(args, "--phone-prefix", "1991");
		List<String[]> sentences = new ArrayList<>();
		for (String file : List.of("dev.char.bmes", "train.char.bmes")) {
			Path path = corpus.resolve(file);
			if (Files.exists(path)) {
				sentences.addAll(read(path));
			}
		}
		if (sentences.isEmpty()) {
			throw new IllegalStateException("No resume sentences in " + corpus.toAbsolutePath());
		}
		Files.createDirectories(out);
		Random random = new Random(count * 31L + phonePrefix.hashCode());
		for (int i = 0; i < count; i++) {
			// four consecutive sentences: usually one executive's biography
			String name = null;
			StringBuilder history = new StringBuilder();
			for (int k = 0; k < 4; k++) {
				String[] sentence = sentences.get((i * 4 + k) % sentences.size());
				name = name == null ? sentence[0] : name;
				history.append(sentence[1]).append('\n');
			}
			String phone = phonePrefix + String.format("%07d", i);
			String text = """
					个人简历
					姓名：%s
					手机：%s
					邮箱：chaos%s@example.com
					工作经历
					%s
					项目编号 %s
					""".formatted(name == null ? "王测试" : name, phone, phone, history.toString().strip(), words(random));
			Files.writeString(out.resolve("resume-%s-%04d.txt".formatted(phonePrefix, i)), text, StandardCharsets.UTF_8);
		}
		System.out.println("wrote " + count + " resumes to " + out);
	}

	/** Sentences as {name, text}; the name is the sentence's first NAME entity, or null. */
	private static List<String[]> read(Path path) throws IOException {
		List<String[]> sentences = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		StringBuilder name = new StringBuilder();
		boolean nameDone = false;
		for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
			if (line.isBlank()) {
				if (text.length() > 0) {
					sentences.add(new String[] { name.length() > 0 ? name.toString() : null, text.toString() });
				}
				text.setLength(0);
				name.setLength(0);
				nameDone = false;
				continue;
			}
			String[] parts = line.trim().split("\\s+");
			text.append(parts[0]);
			if (!nameDone && parts.length > 1 && parts[1].endsWith("-NAME")) {
				name.append(parts[0]);
				nameDone = parts[1].startsWith("E-") || parts[1].startsWith("S-");
			}
		}
		return sentences;
	}

	/** Fifty random words, so that no two resumes look alike to the duplicate check's SimHash. */
	private static String words(Random random) {
		StringBuilder line = new StringBuilder();
		for (int word = 0; word < 50; word++) {
			line.append(' ');
			for (int letter = 0; letter < 8; letter++) {
				line.append((char) ('a' + random.nextInt(26)));
			}
		}
		return line.toString();
	}

	private static String option(String[] args, String name, String fallback) {
		for (int i = 0; i < args.length - 1; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return fallback;
	}
}
