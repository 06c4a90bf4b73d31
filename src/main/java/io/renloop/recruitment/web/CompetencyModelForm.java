package io.renloop.recruitment.web;

import io.renloop.platform.Decimals;
import io.renloop.recruitment.CompetencyModel;
import io.renloop.recruitment.CompetencyModel.Dimension;
import io.renloop.recruitment.CompetencyModel.MustHaves;
import io.renloop.recruitment.CompetencyModel.NiceToHave;
import io.renloop.recruitment.CompetencyModel.NiceToHaveKind;
import io.renloop.recruitment.EducationLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The competency-model page's form: rows of dimensions and nice-to-haves (blank rows are ignored), lists entered
 * one item per line. Numbers arrive as text so that a typo becomes a message on the page, not an error page.
 */
public class CompetencyModelForm {

	/** Blank rows offered below the filled ones. */
	static final int SPARE_ROWS = 2;

	private List<DimensionRow> dimensions = new ArrayList<>();

	private String minYearsExperience;

	private String minEducation;

	private String requiredCertificates;

	private String requiredSkills;

	private List<NiceToHaveRow> niceToHaves = new ArrayList<>();

	private String descriptionZh;

	private String descriptionEn;

	/** The form showing {@code model}, or an empty form. */
	static CompetencyModelForm of(CompetencyModel model) {
		CompetencyModelForm form = new CompetencyModelForm();
		if (model != null) {
			model.dimensions().forEach(d -> form.dimensions.add(new DimensionRow(d.name(), d.weight().toPlainString())));
			MustHaves must = model.mustHaves();
			form.minYearsExperience = must.minYearsExperience() == null ? null : must.minYearsExperience().toString();
			form.minEducation = must.minEducation() == null ? null : must.minEducation().name();
			form.requiredCertificates = String.join("\n", must.requiredCertificates());
			form.requiredSkills = String.join("\n", must.requiredSkills());
			model.niceToHaves().forEach(n -> form.niceToHaves
				.add(new NiceToHaveRow(n.kind().name(), n.name(), n.weight().toPlainString())));
			form.descriptionZh = model.descriptionZh();
			form.descriptionEn = model.descriptionEn();
		}
		return form.withSpareRows();
	}

	/** Adds blank rows to fill in. */
	CompetencyModelForm withSpareRows() {
		dimensions.removeIf(DimensionRow::isBlank);
		niceToHaves.removeIf(NiceToHaveRow::isBlank);
		for (int i = 0; i < SPARE_ROWS; i++) {
			dimensions.add(new DimensionRow());
			niceToHaves.add(new NiceToHaveRow());
		}
		return this;
	}

	/**
	 * The model the form describes.
	 * @param errors receives a message key per field whose text is not a number or level
	 */
	CompetencyModel toModel(Map<String, String> errors) {
		List<Dimension> dimensionList = new ArrayList<>();
		for (DimensionRow row : dimensions) {
			if (!row.isBlank()) {
				dimensionList.add(new Dimension(trim(row.getName()), decimal(row.getWeight(), "dimensions", errors)));
			}
		}
		List<NiceToHave> niceList = new ArrayList<>();
		for (NiceToHaveRow row : niceToHaves) {
			if (!row.isBlank()) {
				niceList.add(new NiceToHave(NiceToHaveKind.valueOf(row.getKind()), trim(row.getName()),
						decimal(row.getWeight(), "niceToHaves", errors)));
			}
		}
		Integer years = null;
		if (minYearsExperience != null && !minYearsExperience.isBlank()) {
			try {
				years = Integer.valueOf(minYearsExperience.strip());
			}
			catch (NumberFormatException ex) {
				errors.put("mustHaves.minYearsExperience", "recruitment.competencyPage.notANumber");
			}
		}
		EducationLevel education = minEducation == null || minEducation.isBlank() ? null
				: EducationLevel.valueOf(minEducation);
		return new CompetencyModel(dimensionList,
				new MustHaves(years, education, lines(requiredCertificates), lines(requiredSkills)), niceList,
				trim(descriptionZh), trim(descriptionEn));
	}

	private static BigDecimal decimal(String text, String field, Map<String, String> errors) {
		try {
			return Decimals.parse(text);
		}
		catch (RuntimeException ex) {
			errors.put(field, "recruitment.competencyPage.notANumber");
			return null;
		}
	}

	static List<String> lines(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).distinct().toList();
	}

	private static String trim(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public List<DimensionRow> getDimensions() {
		return dimensions;
	}

	public void setDimensions(List<DimensionRow> dimensions) {
		this.dimensions = dimensions;
	}

	public String getMinYearsExperience() {
		return minYearsExperience;
	}

	public void setMinYearsExperience(String minYearsExperience) {
		this.minYearsExperience = minYearsExperience;
	}

	public String getMinEducation() {
		return minEducation;
	}

	public void setMinEducation(String minEducation) {
		this.minEducation = minEducation;
	}

	public String getRequiredCertificates() {
		return requiredCertificates;
	}

	public void setRequiredCertificates(String requiredCertificates) {
		this.requiredCertificates = requiredCertificates;
	}

	public String getRequiredSkills() {
		return requiredSkills;
	}

	public void setRequiredSkills(String requiredSkills) {
		this.requiredSkills = requiredSkills;
	}

	public List<NiceToHaveRow> getNiceToHaves() {
		return niceToHaves;
	}

	public void setNiceToHaves(List<NiceToHaveRow> niceToHaves) {
		this.niceToHaves = niceToHaves;
	}

	public String getDescriptionZh() {
		return descriptionZh;
	}

	public void setDescriptionZh(String descriptionZh) {
		this.descriptionZh = descriptionZh;
	}

	public String getDescriptionEn() {
		return descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	/** A dimension row; blank when it has neither name nor weight. */
	public static class DimensionRow {

		private String name;

		private String weight;

		public DimensionRow() {
		}

		DimensionRow(String name, String weight) {
			this.name = name;
			this.weight = weight;
		}

		boolean isBlank() {
			return (name == null || name.isBlank()) && (weight == null || weight.isBlank());
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getWeight() {
			return weight;
		}

		public void setWeight(String weight) {
			this.weight = weight;
		}
	}

	/** A nice-to-have row: a named, weighted skill or certificate; blank when it has neither name nor weight. */
	public static class NiceToHaveRow extends DimensionRow {

		private String kind = NiceToHaveKind.SKILL.name();

		public NiceToHaveRow() {
		}

		NiceToHaveRow(String kind, String name, String weight) {
			super(name, weight);
			this.kind = kind;
		}

		public String getKind() {
			return kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}
	}
}
