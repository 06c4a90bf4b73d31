package io.renloop.recruitment.matching;

import io.renloop.recruitment.internal.matching.TextEmbeddings;

/** One set of embedding models per test JVM: loading them takes seconds. */
public final class SharedEmbeddings {

	public static final TextEmbeddings INSTANCE = new TextEmbeddings();

	private SharedEmbeddings() {
	}
}
