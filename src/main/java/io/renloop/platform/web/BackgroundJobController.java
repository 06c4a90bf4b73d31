package io.renloop.platform.web;

import io.renloop.platform.BackgroundJob;
import io.renloop.platform.BackgroundJobs;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The progress of any background job: each job names the permission needed to read it. */
@RestController
@Tag(name = "Background jobs")
class BackgroundJobController {

	private final BackgroundJobs jobs;

	BackgroundJobController(BackgroundJobs jobs) {
		this.jobs = jobs;
	}

	@GetMapping("/api/v1/jobs/{jobId}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The progress of a background job", description = "jobId, type, status (QUEUED, RUNNING, "
			+ "COMPLETED or FAILED), processed of total items, createdBy, createdAt, startedAt, finishedAt, attempts, "
			+ "failure (why it FAILED), then the job type's own result fields; for a bulk resume upload "
			+ "(type recruitment.resume-import, read with RECRUITMENT_READ): requisitionId, channel, succeeded, "
			+ "duplicates, failed (each file that became no application with the reason) and created (the "
			+ "applications, duplicateOf naming a known candidate the applicant was linked to). 404 for unknown "
			+ "jobs and other tenants' jobs, 403 without the job's read permission.")
	Map<String, Object> job(@PathVariable UUID jobId) {
		BackgroundJob job = jobs.find(jobId).orElseThrow(() -> new NotFoundException("BackgroundJob", jobId));
		if (!CurrentUser.require().can(job.readPermission())) {
			throw new AccessDeniedException("Job " + jobId + " needs " + job.readPermission());
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("jobId", job.jobId());
		body.put("type", job.type());
		body.put("status", job.status());
		body.put("processed", job.processed());
		body.put("total", job.total());
		body.put("createdBy", job.createdBy());
		body.put("createdAt", job.createdAt());
		body.put("startedAt", job.startedAt());
		body.put("finishedAt", job.finishedAt());
		body.put("attempts", job.attempts());
		body.put("failure", job.failure());
		for (Map.Entry<String, JsonNode> field : job.result().properties()) {
			body.putIfAbsent(field.getKey(), field.getValue());
		}
		return body;
	}
}
