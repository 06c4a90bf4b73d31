package io.renloop.onboarding;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * The labour contract (劳动合同) texts of the current tenant, one per language ({@code zh}, {@code en}), with the
 * contract's fixed term in months and the place of work; a built-in default is used until the tenant saves its
 * own. Placeholders: {@code {companyName} {employeeName} {idType} {idNumber} {address} {phone} {positionName}
 * {departmentName} {placeOfWork} {termMonths} {startDate} {endDate} {probationMonths} {probationEndDate}
 * {monthlySalary}}.
 */
public interface ContractTemplates {

	/** Both languages, the tenant's own text or the default. */
	List<Template> list();

	Template get(String language);

	Template save(SaveTemplate command);

	/**
	 * @param termMonths the fixed term from the start date, e.g. 36
	 * @param custom whether the tenant saved its own text (false: the built-in default)
	 */
	record Template(String language, String title, String body, int termMonths, String placeOfWork, boolean custom,
			Instant updatedAt) {
	}

	record SaveTemplate(@NotBlank @Pattern(regexp = "zh|en") String language, @NotBlank @Size(max = 200) String title,
			@NotBlank @Size(max = 20_000) String body, @Min(1) @Max(120) int termMonths,
			@NotBlank @Size(max = 200) String placeOfWork) {
	}
}
