package io.renloop.analytics.web;

import io.renloop.analytics.AttritionModels;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Attrition models trained on uploaded tables of people, and predictions for other tables of the same columns. */
@RestController
@Tag(name = "Analytics", description = "Tenant-wide analyses over the other modules' data")
class AttritionModelApiController {

	static final String MAY_ADMINISTER = "hasAuthority('ANALYTICS_ADMIN')";

	private final AttritionModels models;

	AttritionModelApiController(AttritionModels models) {
		this.models = models;
	}

	@PostMapping(path = "/api/v1/analytics/attrition/models", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(MAY_ADMINISTER)
	@Operation(summary = "Train an attrition model on an uploaded table", description = "Form fields `file` (CSV in "
			+ "UTF-8 or GBK, with or without BOM, or Excel; a header row, at most 10 MB), `target` (the column saying "
			+ "who left), `positive` (its value for a leaver, e.g. `Yes`, compared ignoring case) and optional "
			+ "`exclude` (columns to leave out; repeated or comma-separated). Columns naming a protected attribute "
			+ "(gender/sex, age, birth, marital status, ethnicity/race, religion, health; English or Chinese) are "
			+ "dropped and listed in `droppedProtected`. Logistic regression on standardised numeric and one-hot "
			+ "categorical columns, blanks imputed (median, with a missing indicator); `auc` by 5-fold stratified "
			+ "cross-validation. 201 `{\"modelId\",\"n\",\"leavers\",\"features\",\"auc\",\"droppedProtected\","
			+ "\"excluded\",\"ignored\"}`; 400 naming the unknown target or excluded column, the missing positive value, "
			+ "too few leavers or stayers (at least 10 each) or the unreadable file; 413 for a file too big")
	AttritionModels.Created train(@RequestParam MultipartFile file, @RequestParam String target,
			@RequestParam String positive, @RequestParam(required = false) List<String> exclude) throws IOException {
		return models.train(file.getOriginalFilename(), file.getBytes(), target, positive, names(exclude));
	}

	@PostMapping(path = "/api/v1/analytics/attrition/models/{modelId}/predict",
			consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(MAY_ADMINISTER)
	@Operation(summary = "Attrition risk of each row of an uploaded table", description = "Form field `file` with "
			+ "the model's columns (others, such as the target, are ignored); `{\"predictions\":[{\"row\",\"risk\","
			+ "\"reasons\":[{\"feature\",\"value\",\"contribution\",\"text\"}]}]}` with the row number as a spreadsheet "
			+ "shows it, up to three reasons that raise the risk most (contribution in log-odds against the average "
			+ "person) in the caller's language; 400 naming missing columns; 404 for a model of another tenant")
	Map<String, List<AttritionModels.Prediction>> predict(@PathVariable UUID modelId, @RequestParam MultipartFile file)
			throws IOException {
		return Map.of("predictions", models.predict(modelId, file.getOriginalFilename(), file.getBytes()));
	}

	@GetMapping("/api/v1/analytics/attrition/models")
	@PreAuthorize(MAY_ADMINISTER)
	@Operation(summary = "The tenant's attrition models", description = "Model cards, newest first: source (UPLOAD "
			+ "or TENANT), data size, training date, cross-validated AUC, calibration bins, features used and excluded")
	List<AttritionModels.ModelCard> list() {
		return models.models();
	}

	@GetMapping("/api/v1/analytics/attrition/models/{modelId}")
	@PreAuthorize(MAY_ADMINISTER)
	@Operation(summary = "One attrition model's card", description = "404 for a model of another tenant")
	AttritionModels.ModelCard card(@PathVariable UUID modelId) {
		return models.card(modelId);
	}

	/** {@code exclude} may come repeated or as one comma-separated value. */
	private static List<String> names(List<String> exclude) {
		return exclude == null ? List.of()
				: exclude.stream().flatMap(value -> Arrays.stream(value.split(","))).map(String::strip)
					.filter(name -> !name.isEmpty()).toList();
	}
}
