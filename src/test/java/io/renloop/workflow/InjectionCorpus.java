package io.renloop.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Known EL/JUEL/SpEL injection payloads ({@code expression-injection-corpus.txt}), shared by the sandbox tests. */
public final class InjectionCorpus {

	private InjectionCorpus() {
	}

	public static List<String> payloads() {
		try (InputStream in = InjectionCorpus.class.getResourceAsStream("expression-injection-corpus.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("# "))
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
