package io.renloop.recruitment.internal;

import io.renloop.recruitment.CompetencyModel;
import io.renloop.recruitment.internal.matching.JobRequirements;
import io.renloop.recruitment.internal.matching.JobRequirements.WeightedTerm;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns a position's competency model into what matching checks: its must-haves, weighted nice-to-haves and the
 * job descriptions in both languages.
 */
final class RequirementsOfModel {

	private RequirementsOfModel() {
	}

	/** The requirements of {@code model}; a requisition without a model asks for nothing but its title. */
	static JobRequirements of(CompetencyModel model, String title) {
		if (model == null) {
			return new JobRequirements(null, null, List.of(), List.of(), List.of(), title, null);
		}
		CompetencyModel.MustHaves must = model.mustHaves();
		BigDecimal years = must.minYearsExperience() == null ? null : BigDecimal.valueOf(must.minYearsExperience());
		List<WeightedTerm> niceToHaves = model.niceToHaves()
			.stream()
			.map(n -> new WeightedTerm(n.name(), n.weight().doubleValue()))
			.toList();
		String description = Stream.of(title, model.descriptionZh(), model.descriptionEn())
			.filter(t -> t != null && !t.isBlank())
			.collect(Collectors.joining("\n"));
		return new JobRequirements(years, must.minEducation(), must.requiredCertificates(), must.requiredSkills(), niceToHaves,
				description, null);
	}

	/**
	 * A short fingerprint of {@code requirements}: a stored score whose fingerprint differs was computed against
	 * other requirements and is stale.
	 */
	static String fingerprint(JobRequirements requirements) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(requirements.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
