package io.renloop.analytics.internal.attrition;

import io.renloop.analytics.AttritionModels.ModelCard;
import java.util.UUID;

/**
 * A model as stored: the card the page shows, the labels of its target and the model itself.
 *
 * @param card what the model card shows
 * @param target the target column (or, for the tenant's own model, {@code left})
 * @param positive the value meaning left
 * @param model the coefficients
 */
record StoredModel(ModelCard card, String target, String positive, AttritionModel model) {

	UUID id() {
		return card.modelId();
	}
}
