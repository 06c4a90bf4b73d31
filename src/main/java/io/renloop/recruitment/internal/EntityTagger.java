package io.renloop.recruitment.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Finds entity spans in redacted text with the trained character tagger. Long texts are tagged line by line
 * (and long lines in chunks at sentence punctuation), the way the model was trained. Lines that are mostly
 * Latin script are left to {@link LatinEntities}: the model has seen Chinese only. Thread-safe.
 */
final class EntityTagger {

	static final String MODEL = "/io/renloop/recruitment/model/resume-tagger.bin.gz";

	private static final int MAX_CHUNK = 200;

	private final TaggerFeatures features;

	private final TaggerModel model;

	EntityTagger(TaggerFeatures features, TaggerModel model) {
		this.features = features;
		this.model = model;
	}

	static EntityTagger load(Lexicons lexicons) {
		try (InputStream in = EntityTagger.class.getResourceAsStream(MODEL)) {
			if (in == null) {
				throw new IllegalStateException("Missing tagger model " + MODEL);
			}
			return new EntityTagger(new TaggerFeatures(lexicons.taggerLexicon()), TaggerModel.read(new GZIPInputStream(in)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every span of every model type in {@code text}, in order; offsets are into {@code text}. */
	List<TaggedSpan> tag(String text) {
		List<TaggedSpan> spans = new ArrayList<>();
		int start = 0;
		while (start < text.length()) {
			int end = chunkEnd(text, start);
			tagChunk(text, start, end, spans);
			start = end;
		}
		return spans;
	}

	private static int chunkEnd(String text, int start) {
		int newline = text.indexOf('\n', start);
		int lineEnd = newline < 0 ? text.length() : newline + 1;
		if (lineEnd - start <= MAX_CHUNK) {
			return lineEnd;
		}
		for (int i = start + MAX_CHUNK; i > start + MAX_CHUNK / 2; i--) {
			if ("。；;！!？?".indexOf(text.charAt(i - 1)) >= 0) {
				return i;
			}
		}
		return start + MAX_CHUNK;
	}

	private void tagChunk(String text, int from, int to, List<TaggedSpan> spans) {
		String chunk = text.substring(from, to);
		if (chunk.isBlank() || LatinEntities.mostlyLatin(chunk)) {
			return;
		}
		int[] tags = model.decode(features.extract(chunk));
		int begin = -1;
		for (int i = 0; i < tags.length; i++) {
			char position = Tags.position(tags[i]);
			if (position == 'B') {
				begin = i;
			}
			else if (position == 'S') {
				spans.add(new TaggedSpan(Tags.TYPES.get(Tags.type(tags[i])), from + i, from + i + 1));
			}
			else if (position == 'E' && begin >= 0) {
				spans.add(new TaggedSpan(Tags.TYPES.get(Tags.type(tags[i])), from + begin, from + i + 1));
				begin = -1;
			}
		}
	}

	/** A typed span, end exclusive. */
	record TaggedSpan(String type, int start, int end) {
	}
}
