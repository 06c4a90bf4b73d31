package io.renloop.recruitment.internal;

import io.renloop.recruitment.internal.BmesCorpus.Sentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Averaged structured perceptron (Collins 2002) over the tagger's features, with a fixed seed so that a rebuild
 * gives the same model.
 */
final class PerceptronTrainer {

	private final int tagCount = Tags.COUNT;

	private final Map<Long, Integer> index = new HashMap<>();

	private float[] weights;

	private float[] accumulated;

	private float[] transitions;

	private float[] accumulatedTransitions;

	private int step = 1;

	/**
	 * @param sentences training sentences with gold tags
	 * @param featuresOf features of each sentence, in the same order
	 */
	TaggerModel train(List<Sentence> sentences, List<long[][]> featuresOf, int epochs, float minWeight) {
		List<int[][]> encoded = new ArrayList<>();
		for (long[][] features : featuresOf) {
			int[][] ids = new int[features.length][];
			for (int i = 0; i < features.length; i++) {
				ids[i] = new int[features[i].length];
				for (int k = 0; k < features[i].length; k++) {
					ids[i][k] = index.computeIfAbsent(features[i][k], key -> index.size());
				}
			}
			encoded.add(ids);
		}
		weights = new float[index.size() * tagCount];
		accumulated = new float[weights.length];
		transitions = new float[(tagCount + 1) * tagCount];
		accumulatedTransitions = new float[transitions.length];
		List<Integer> order = new ArrayList<>();
		for (int s = 0; s < sentences.size(); s++) {
			order.add(s);
		}
		Random random = new Random(20260101L);
		for (int epoch = 0; epoch < epochs; epoch++) {
			Collections.shuffle(order, random);
			int errors = 0;
			for (int s : order) {
				int[][] ids = encoded.get(s);
				int[] gold = sentences.get(s).tags();
				int[] guess = TaggerModel.viterbi(emission(ids), transitions, tagCount);
				for (int i = 0; i < gold.length; i++) {
					if (gold[i] != guess[i]) {
						errors++;
						update(ids[i], gold[i], 1);
						update(ids[i], guess[i], -1);
					}
					int goldPrevious = i == 0 ? tagCount : gold[i - 1];
					int guessPrevious = i == 0 ? tagCount : guess[i - 1];
					if (goldPrevious != guessPrevious || gold[i] != guess[i]) {
						updateTransition(goldPrevious * tagCount + gold[i], 1);
						updateTransition(guessPrevious * tagCount + guess[i], -1);
					}
				}
				step++;
			}
			System.out.printf("epoch %d: %d character errors%n", epoch + 1, errors);
		}
		return averaged(minWeight);
	}

	private float[][] emission(int[][] ids) {
		float[][] emission = new float[ids.length][tagCount];
		for (int i = 0; i < ids.length; i++) {
			for (int f : ids[i]) {
				int base = f * tagCount;
				for (int t = 0; t < tagCount; t++) {
					emission[i][t] += weights[base + t];
				}
			}
		}
		return emission;
	}

	private void update(int[] features, int tag, float delta) {
		for (int f : features) {
			weights[f * tagCount + tag] += delta;
			accumulated[f * tagCount + tag] += step * delta;
		}
	}

	private void updateTransition(int slot, float delta) {
		transitions[slot] += delta;
		accumulatedTransitions[slot] += step * delta;
	}

	private TaggerModel averaged(float minWeight) {
		float[] averagedTransitions = new float[transitions.length];
		for (int i = 0; i < transitions.length; i++) {
			averagedTransitions[i] = transitions[i] - accumulatedTransitions[i] / step;
		}
		long[] keyOf = new long[index.size()];
		index.forEach((key, f) -> keyOf[f] = key);
		List<Long> keys = new ArrayList<>();
		List<Integer> offsets = new ArrayList<>();
		List<Byte> tags = new ArrayList<>();
		List<Float> values = new ArrayList<>();
		for (int f = 0; f < keyOf.length; f++) {
			int start = tags.size();
			for (int t = 0; t < tagCount; t++) {
				float w = weights[f * tagCount + t] - accumulated[f * tagCount + t] / step;
				if (Math.abs(w) >= minWeight) {
					tags.add((byte) t);
					values.add(w);
				}
			}
			if (tags.size() > start) {
				keys.add(keyOf[f]);
				offsets.add(start);
			}
		}
		offsets.add(tags.size());
		byte[] tagArray = new byte[tags.size()];
		float[] valueArray = new float[values.size()];
		for (int i = 0; i < tagArray.length; i++) {
			tagArray[i] = tags.get(i);
			valueArray[i] = values.get(i);
		}
		System.out.printf("%d features, %d weights kept%n", keys.size(), tagArray.length);
		return new TaggerModel(tagCount, keys.stream().mapToLong(Long::longValue).toArray(),
				offsets.stream().mapToInt(Integer::intValue).toArray(), tagArray, valueArray, averagedTransitions);
	}
}
