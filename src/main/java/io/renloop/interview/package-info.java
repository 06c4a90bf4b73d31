/**
 * Interview: question banks with rubrics, and the explainable rubric scoring of answers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Interview",
		allowedDependencies = { "shared", "platform", "recruitment" })
package io.renloop.interview;
