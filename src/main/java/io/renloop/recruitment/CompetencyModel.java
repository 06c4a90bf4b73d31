package io.renloop.recruitment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a position asks of a candidate: weighted dimensions to assess, hard requirements, weighted
 * nice-to-haves and the job description. The weights of the dimensions add up to 1.
 *
 * @param dimensions what interviews and matching assess, e.g. 安全意识 0.4
 * @param mustHaves requirements a candidate has to meet
 * @param niceToHaves skills or certificates that count in a candidate's favour
 * @param descriptionZh the job description in Chinese, or null
 * @param descriptionEn the job description in English, or null
 */
public record CompetencyModel(@NotEmpty @Size(max = 20) List<@Valid @NotNull Dimension> dimensions,
		@NotNull @Valid MustHaves mustHaves, @Size(max = 50) List<@Valid @NotNull NiceToHave> niceToHaves,
		@Size(max = 20000) String descriptionZh, @Size(max = 20000) String descriptionEn) {

	public CompetencyModel {
		dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
		niceToHaves = niceToHaves == null ? List.of() : List.copyOf(niceToHaves);
	}

	/** A weighted dimension; weight between 0 (exclusive) and 1. */
	public record Dimension(@NotBlank @Size(max = 100) String name,
			@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") BigDecimal weight) {
	}

	/**
	 * @param minYearsExperience years of relevant experience, or null for none
	 * @param minEducation the lowest acceptable education level, or null for any
	 * @param requiredCertificates certificates a candidate must hold, e.g. 注册安全工程师
	 * @param requiredSkills skills a candidate must have
	 */
	public record MustHaves(@Min(0) Integer minYearsExperience, EducationLevel minEducation,
			@Size(max = 30) List<@NotBlank @Size(max = 100) String> requiredCertificates,
			@Size(max = 50) List<@NotBlank @Size(max = 100) String> requiredSkills) {

		public MustHaves {
			requiredCertificates = requiredCertificates == null ? List.of() : List.copyOf(requiredCertificates);
			requiredSkills = requiredSkills == null ? List.of() : List.copyOf(requiredSkills);
		}
	}

	/** A skill or certificate that adds {@code weight} to a candidate's fit. */
	public record NiceToHave(@NotNull NiceToHaveKind kind, @NotBlank @Size(max = 100) String name,
			@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") BigDecimal weight) {
	}

	/** What a nice-to-have names. */
	public enum NiceToHaveKind {
		SKILL, CERTIFICATE
	}
}
