package io.renloop.recruitment;

/** The kinds of span the parser reports. */
public enum EntityType {
	/** A person's name. */
	NAME,
	/** An organisation: company, school, department, association. */
	ORG,
	/** A job or professional title. */
	TITLE,
	/** A degree or education level. */
	EDU,
	/** A major or profession. */
	PRO,
	/** A place. */
	LOC
}
