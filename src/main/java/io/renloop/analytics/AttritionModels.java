package io.renloop.analytics;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Attrition risk models of the current tenant: trained on an uploaded table of people (a CSV with a column saying
 * who left), which works without any history in Renloop, and used to score another table of the same columns.
 * Protected attributes are never features; every model is measured by cross-validation. Needs ANALYTICS_ADMIN.
 */
public interface AttritionModels {

	/**
	 * Trains a model on an uploaded table; refuses a bad file, an unknown target or excluded column, a positive value
	 * that never occurs and too few leavers or stayers with a 4xx naming them.
	 */
	Created train(String fileName, byte[] content, String target, String positive, List<String> exclude);

	/** The risks and reasons of each row of an uploaded table with the model's columns; 404 for an unknown model. */
	List<Prediction> predict(UUID modelId, String fileName, byte[] content);

	/** The card of a model of the tenant; 404 for an unknown model. */
	ModelCard card(UUID modelId);

	/** The tenant's models, newest first. */
	List<ModelCard> models();

	/**
	 * A trained model.
	 *
	 * @param modelId its id
	 * @param n the people it learnt from
	 * @param leavers how many of them left
	 * @param features the columns used as features
	 * @param auc the cross-validated AUC
	 * @param droppedProtected columns dropped because they hold a protected attribute
	 * @param excluded columns excluded on request
	 * @param ignored columns that could not serve as features, with the reason ({@code constant}, {@code identifier})
	 */
	record Created(UUID modelId, int n, int leavers, List<String> features, double auc, List<String> droppedProtected,
			List<String> excluded, List<IgnoredColumn> ignored) {
	}

	/**
	 * @param column the column name
	 * @param reason {@code constant} or {@code identifier}
	 */
	record IgnoredColumn(String column, String reason) {
	}

	/**
	 * @param row the row number as a spreadsheet shows it (the header is row 1)
	 * @param risk the probability of leaving
	 * @param reasons the inputs that raise it most, largest first
	 */
	record Prediction(int row, double risk, List<AttritionReason> reasons) {
	}

	/**
	 * What the model card page shows.
	 *
	 * @param modelId the model
	 * @param source {@code UPLOAD} or {@code TENANT}
	 * @param fileName the uploaded file's name, or null
	 * @param trainedAt when it was trained
	 * @param n the people it learnt from
	 * @param leavers how many of them left
	 * @param auc the cross-validated AUC
	 * @param features the columns used
	 * @param droppedProtected protected columns dropped
	 * @param excluded columns excluded on request
	 * @param ignored columns that could not serve as features
	 * @param calibration the cross-validated reliability bins
	 */
	record ModelCard(UUID modelId, String source, String fileName, Instant trainedAt, int n, int leavers, double auc,
			List<String> features, List<String> droppedProtected, List<String> excluded, List<IgnoredColumn> ignored,
			List<CalibrationBin> calibration) {
	}

	/**
	 * @param from lower bound of the bin's predicted risk
	 * @param to upper bound
	 * @param count people in the bin
	 * @param predicted their average predicted risk
	 * @param observed the share of them who left
	 */
	record CalibrationBin(double from, double to, int count, double predicted, double observed) {
	}
}
