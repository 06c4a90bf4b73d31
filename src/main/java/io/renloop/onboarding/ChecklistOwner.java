package io.renloop.onboarding;

/** Who works a checklist item: HR, IT support (accounts, equipment) or the new hire's manager. */
public enum ChecklistOwner {
	HR, IT, MANAGER
}
