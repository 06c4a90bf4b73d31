package io.renloop.recruitment;

/**
 * Education levels in ascending order, so that a minimum can be compared: 中专 &lt; 大专 &lt; 本科 &lt; 硕士 &lt; 博士.
 */
public enum EducationLevel {
	/** 中专, secondary vocational school. */
	SECONDARY_VOCATIONAL,
	/** 大专, associate degree. */
	ASSOCIATE,
	/** 本科, bachelor's degree. */
	BACHELOR,
	/** 硕士, master's degree. */
	MASTER,
	/** 博士, doctorate. */
	DOCTORATE;

	/** Whether this level is at least {@code minimum}. */
	public boolean atLeast(EducationLevel minimum) {
		return compareTo(minimum) >= 0;
	}
}
