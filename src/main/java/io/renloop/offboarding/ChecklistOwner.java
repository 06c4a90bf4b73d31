package io.renloop.offboarding;

/** Who works an item of a leaving checklist: HR, IT support, finance, the leaver's manager, the leaver. */
public enum ChecklistOwner {
	HR, IT, FINANCE, MANAGER, LEAVER
}
