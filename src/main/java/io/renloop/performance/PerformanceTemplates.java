package io.renloop.performance;

import java.util.List;

/** The current tenant's review templates. */
public interface PerformanceTemplates {

	List<TemplateView> list();

	/** @throws io.renloop.platform.NotFoundException for an unknown code */
	TemplateView get(String code);

	/**
	 * Creates or replaces a template; audited.
	 * @throws io.renloop.platform.InvalidFieldsException when the weights do not add up to 100, a code repeats, a
	 * metric item lacks a threshold or target, or a formula does not compile in the sandbox
	 */
	TemplateView save(String code, SaveTemplate template);
}
