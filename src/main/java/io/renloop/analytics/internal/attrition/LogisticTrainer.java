package io.renloop.analytics.internal.attrition;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Fits the logistic regression with Tribuo (log loss, AdaGrad, fixed seed, so that a retraining on the same data gives
 * the same model) and keeps only its coefficients: the softmax of two classes is the logistic function of the
 * difference of their weights, which is what {@link AttritionModel} stores. Tribuo's own model object is dropped
 * after training; nothing is ever deserialised.
 */
final class LogisticTrainer {

	private static final Label LEFT = new Label("left");

	private static final Label STAYED = new Label("stayed");

	private static final int EPOCHS = 5;

	private static final long SEED = 20261207L;

	static {
		// Tribuo logs each epoch at INFO; a retraining is not news
		Logger.getLogger("org.tribuo").setLevel(Level.WARNING);
	}

	private LogisticTrainer() {
	}

	/** The model of {@code rows} (cells aligned with the schema's columns) and whether each person left. */
	static AttritionModel train(FeatureSchema schema, List<String[]> rows, boolean[] left) {
		String[] names = featureNames(schema.width());
		MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("attrition", new LabelFactory()),
				new LabelFactory());
		for (int i = 0; i < rows.size(); i++) {
			data.add(new ArrayExample<>(left[i] ? LEFT : STAYED, names, schema.encode(rows.get(i))));
		}
		LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), EPOCHS,
				Integer.MAX_VALUE, 1, SEED);
		LinearSGDModel model = trainer.train(data);
		DenseMatrix w = model.getWeightsCopy();
		int leftRow = model.getOutputIDInfo().getID(LEFT);
		int stayedRow = model.getOutputIDInfo().getID(STAYED);
		double[] weights = new double[schema.width()];
		for (int j = 0; j < names.length; j++) {
			int id = model.getFeatureIDMap().getID(names[j]);
			if (id >= 0) {
				weights[j] = w.get(leftRow, id) - w.get(stayedRow, id);
			}
		}
		int biasColumn = w.getDimension2Size() - 1;
		double bias = w.get(leftRow, biasColumn) - w.get(stayedRow, biasColumn);
		return new AttritionModel(schema, weights, bias);
	}

	private static String[] featureNames(int width) {
		String[] names = new String[width];
		for (int j = 0; j < width; j++) {
			// zero-padded so Tribuo's sorted feature ids follow model order
			names[j] = String.format("f%05d", j);
		}
		return names;
	}
}
