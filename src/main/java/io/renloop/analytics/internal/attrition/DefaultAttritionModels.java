package io.renloop.analytics.internal.attrition;

import io.renloop.analytics.AttritionModels;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Uploaded-table models: trained with cross-validation, stored as plain numbers, audited. */
@Service
@PreAuthorize("hasAuthority('ANALYTICS_ADMIN')")
class DefaultAttritionModels implements AttritionModels {

	private final AttritionModelTable table;

	private final ReasonTexts texts;

	private final AuditTrail audit;

	private final Clock clock;

	DefaultAttritionModels(AttritionModelTable table, ReasonTexts texts, AuditTrail audit, Clock clock) {
		this.table = table;
		this.texts = texts;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Created train(String fileName, byte[] content, String target, String positive, List<String> exclude) {
		CsvUpload.Training training = CsvUpload.read(fileName, content).training(target, positive, exclude);
		ModelFitting.Fitted fitted = ModelFitting.fit(training.set());
		List<String> features = fitted.model().schema().columnNames();
		ModelCard card = new ModelCard(UUID.randomUUID(), AttritionModelTable.UPLOAD, fileName, clock.instant(),
				fitted.n(), fitted.leavers(), fitted.auc(), features, training.droppedProtected(), training.excluded(),
				fitted.ignored(), fitted.calibration());
		CurrentUser user = CurrentUser.require();
		table.insert(user.tenantId(), user.email(), new StoredModel(card, target.strip(), positive.strip(), fitted.model()));
		audit.recordChange("CREATE", "AttritionModel", card.modelId(), null,
				Map.of("file", String.valueOf(fileName), "n", card.n(), "auc", ReasonTexts.round(card.auc()),
						"features", features, "droppedProtected", card.droppedProtected()));
		return new Created(card.modelId(), card.n(), card.leavers(), features, ReasonTexts.round(card.auc()),
				card.droppedProtected(), card.excluded(), card.ignored());
	}

	@Override
	@Transactional
	public List<Prediction> predict(UUID modelId, String fileName, byte[] content) {
		StoredModel stored = stored(modelId);
		CsvUpload upload = CsvUpload.read(fileName, content);
		AttritionModel model = stored.model();
		List<String[]> rows = upload.rowsOf(model.schema().columnNames());
		List<Integer> numbers = upload.rowNumbers();
		List<Prediction> predictions = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			AttritionModel.Scored scored = model.score(rows.get(i));
			predictions.add(new Prediction(numbers.get(i), ReasonTexts.round(scored.risk()),
					texts.reasons(model, scored, rows.get(i))));
		}
		audit.recordSensitiveRead("AttritionModel", modelId, "predictions of " + rows.size() + " rows");
		return predictions;
	}

	@Override
	@Transactional(readOnly = true)
	public ModelCard card(UUID modelId) {
		return stored(modelId).card();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ModelCard> models() {
		return table.cards(CurrentUser.require().tenantId());
	}

	private StoredModel stored(UUID modelId) {
		return table.find(CurrentUser.require().tenantId(), modelId)
			.orElseThrow(() -> new NotFoundException("AttritionModel", modelId));
	}
}
