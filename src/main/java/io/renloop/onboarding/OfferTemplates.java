package io.renloop.onboarding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * The offer letter texts of the current tenant, one per language ({@code zh}, {@code en}); a built-in default
 * is used until the tenant saves its own. Placeholders: {@code {candidateName} {positionName} {departmentName}
 * {monthlySalary} {startDate} {probationMonths} {companyName} {replyBy}}.
 */
public interface OfferTemplates {

	/** Both languages, the tenant's own text or the default. */
	List<Template> list();

	Template get(String language);

	Template save(SaveTemplate command);

	/**
	 * @param custom whether the tenant saved its own text (false: the built-in default)
	 */
	record Template(String language, String title, String body, boolean custom, Instant updatedAt) {
	}

	record SaveTemplate(@NotBlank @Pattern(regexp = "zh|en") String language, @NotBlank @Size(max = 200) String title,
			@NotBlank @Size(max = 20_000) String body) {
	}
}
