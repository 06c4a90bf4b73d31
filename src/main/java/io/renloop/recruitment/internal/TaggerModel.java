package io.renloop.recruitment.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * The weights of the character tagger: for each feature hash the non-zero weights per tag (quantised to 16
 * bits), plus tag transition weights, decoded with Viterbi under BMES constraints. Immutable and thread-safe.
 */
final class TaggerModel {

	private static final int MAGIC = 0x524E4552; // "RNER"

	private static final int VERSION = 1;

	private final int tagCount;

	private final long[] keys;

	private final int[] slots;

	private final int[] offsets;

	private final byte[] tags;

	private final float[] weights;

	/** (tagCount + 1) x tagCount; row tagCount is the start of the sentence. */
	private final float[] transitions;

	TaggerModel(int tagCount, long[] featureKeys, int[] offsets, byte[] tags, float[] weights, float[] transitions) {
		this.tagCount = tagCount;
		this.offsets = offsets;
		this.tags = tags;
		this.weights = weights;
		this.transitions = transitions;
		int capacity = Integer.highestOneBit(Math.max(16, featureKeys.length * 2)) << 1;
		this.keys = new long[capacity];
		this.slots = new int[capacity];
		Arrays.fill(slots, -1);
		for (int f = 0; f < featureKeys.length; f++) {
			int slot = slot(featureKeys[f]);
			keys[slot] = featureKeys[f];
			slots[slot] = f;
		}
	}

	int tagCount() {
		return tagCount;
	}

	private int slot(long key) {
		int mask = keys.length - 1;
		int i = (int) (key ^ (key >>> 32)) & mask;
		while (slots[i] >= 0 && keys[i] != key) {
			i = (i + 1) & mask;
		}
		return i;
	}

	/** The best tag sequence for the characters' features. */
	int[] decode(long[][] features) {
		int n = features.length;
		if (n == 0) {
			return new int[0];
		}
		float[][] emission = new float[n][tagCount];
		for (int i = 0; i < n; i++) {
			for (long key : features[i]) {
				int f = slots[slot(key)];
				if (f < 0) {
					continue;
				}
				for (int j = offsets[f]; j < offsets[f + 1]; j++) {
					emission[i][tags[j]] += weights[j];
				}
			}
		}
		return viterbi(emission, transitions, tagCount);
	}

	/**
	 * The best well-formed tag sequence for per-character tag scores and transition weights laid out as in this
	 * model; shared with training.
	 */
	static int[] viterbi(float[][] emission, float[] transitions, int tagCount) {
		int n = emission.length;
		int[] best = new int[n];
		if (n == 0) {
			return best;
		}
		float[][] score = new float[n][tagCount];
		int[][] back = new int[n][tagCount];
		for (int t = 0; t < tagCount; t++) {
			score[0][t] = Tags.allowedFirst(t) ? emission[0][t] + transitions[tagCount * tagCount + t]
					: Float.NEGATIVE_INFINITY;
		}
		for (int i = 1; i < n; i++) {
			for (int t = 0; t < tagCount; t++) {
				float bestScore = Float.NEGATIVE_INFINITY;
				int bestPrevious = 0;
				for (int p = 0; p < tagCount; p++) {
					if (score[i - 1][p] == Float.NEGATIVE_INFINITY || !Tags.allowed(p, t)) {
						continue;
					}
					float s = score[i - 1][p] + transitions[p * tagCount + t];
					if (s > bestScore) {
						bestScore = s;
						bestPrevious = p;
					}
				}
				score[i][t] = bestScore + emission[i][t];
				back[i][t] = bestPrevious;
			}
		}
		float bestScore = Float.NEGATIVE_INFINITY;
		for (int t = 0; t < tagCount; t++) {
			if (Tags.allowedLast(t) && score[n - 1][t] > bestScore) {
				bestScore = score[n - 1][t];
				best[n - 1] = t;
			}
		}
		for (int i = n - 1; i > 0; i--) {
			best[i - 1] = back[i][best[i]];
		}
		return best;
	}

	static TaggerModel read(InputStream input) throws IOException {
		DataInputStream in = new DataInputStream(input);
		if (in.readInt() != MAGIC || in.readInt() != VERSION) {
			throw new IOException("Not a resume tagger model of version " + VERSION);
		}
		int tagCount = in.readInt();
		float[] transitions = new float[(tagCount + 1) * tagCount];
		for (int i = 0; i < transitions.length; i++) {
			transitions[i] = in.readFloat();
		}
		float scale = in.readFloat();
		int featureCount = in.readInt();
		int entryCount = in.readInt();
		long[] keys = new long[featureCount];
		int[] offsets = new int[featureCount + 1];
		byte[] tags = new byte[entryCount];
		float[] weights = new float[entryCount];
		int e = 0;
		for (int f = 0; f < featureCount; f++) {
			keys[f] = in.readLong();
			int count = in.readUnsignedByte();
			offsets[f] = e;
			for (int j = 0; j < count; j++, e++) {
				tags[e] = in.readByte();
				weights[e] = in.readShort() * scale;
			}
		}
		offsets[featureCount] = e;
		return new TaggerModel(tagCount, keys, offsets, tags, weights, transitions);
	}

	void write(OutputStream output) throws IOException {
		DataOutputStream out = new DataOutputStream(output);
		out.writeInt(MAGIC);
		out.writeInt(VERSION);
		out.writeInt(tagCount);
		for (float t : transitions) {
			out.writeFloat(t);
		}
		float max = 0;
		for (float w : weights) {
			max = Math.max(max, Math.abs(w));
		}
		float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
		int featureCount = offsets.length - 1;
		out.writeFloat(scale);
		out.writeInt(featureCount);
		out.writeInt(offsets[featureCount]);
		long[] byFeature = new long[featureCount];
		for (int slot = 0; slot < keys.length; slot++) {
			if (slots[slot] >= 0) {
				byFeature[slots[slot]] = keys[slot];
			}
		}
		for (int f = 0; f < featureCount; f++) {
			out.writeLong(byFeature[f]);
			out.writeByte(offsets[f + 1] - offsets[f]);
			for (int j = offsets[f]; j < offsets[f + 1]; j++) {
				out.writeByte(tags[j]);
				out.writeShort(Math.round(weights[j] / scale));
			}
		}
		out.flush();
	}
}
