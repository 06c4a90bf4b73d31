package io.renloop.payroll.web;

import io.renloop.payroll.CreatePayrollRun;
import io.renloop.payroll.PayGroups;
import io.renloop.payroll.PayrollRunStatus;
import io.renloop.payroll.PayrollRunView;
import io.renloop.payroll.PayrollRuns;
import io.renloop.platform.BackgroundJobs;
import io.renloop.platform.TenantTime;
import java.time.YearMonth;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The payroll desk: the runs of every month, and one run with its calculation progress, totals, the review against
 * last month and the steps that come next (calculate, submit, publish, bank file).
 */
@Controller
class PayrollPageController {

	private final PayrollRuns runs;

	private final PayGroups groups;

	private final BackgroundJobs jobs;

	private final TenantTime time;

	PayrollPageController(PayrollRuns runs, PayGroups groups, BackgroundJobs jobs, TenantTime time) {
		this.runs = runs;
		this.groups = groups;
		this.jobs = jobs;
		this.time = time;
	}

	@GetMapping("/payroll")
	@PreAuthorize("hasAuthority('PAYROLL_READ')")
	String list(Model model) {
		model.addAttribute("runs", runs.list());
		model.addAttribute("groups", groups.list());
		model.addAttribute("month", YearMonth.from(time.today()));
		return "payroll/runs";
	}

	@PostMapping("/payroll/runs")
	@PreAuthorize("hasAuthority('PAYROLL_WRITE')")
	String create(@RequestParam String period, @RequestParam UUID payGroupId) {
		return "redirect:/payroll/runs/" + runs.create(new CreatePayrollRun(period, payGroupId)).id();
	}

	@GetMapping("/payroll/runs/{id}")
	@PreAuthorize("hasAuthority('PAYROLL_READ')")
	String run(@PathVariable UUID id, Model model) {
		PayrollRunView run = withJob(id, model);
		model.addAttribute("review", run.calculatedAt() == null ? java.util.List.of() : runs.review(id, false, 100));
		return "payroll/run";
	}

	@GetMapping("/payroll/runs/{id}/progress")
	@PreAuthorize("hasAuthority('PAYROLL_READ')")
	String progress(@PathVariable UUID id, Model model) {
		withJob(id, model);
		return "payroll/run :: progress";
	}

	/**
	 * The run and its calculation job. The run is read again when the job ended after the first read, so the page
	 * never shows a finished job next to the status the run had before it (the job ends and the run is calculated in
	 * one transaction).
	 */
	private PayrollRunView withJob(UUID id, Model model) {
		PayrollRunView run = runs.get(id);
		if (run.jobId() != null) {
			var job = jobs.find(run.jobId());
			job.ifPresent(found -> model.addAttribute("job", found));
			if (job.isPresent() && job.get().status().finished() && run.status() == PayrollRunStatus.CALCULATING) {
				run = runs.get(id);
			}
		}
		model.addAttribute("run", run);
		return run;
	}

	@PostMapping("/payroll/runs/{id}/calculate")
	@PreAuthorize("hasAuthority('PAYROLL_WRITE')")
	String calculate(@PathVariable UUID id) {
		runs.calculate(id);
		return "redirect:/payroll/runs/" + id;
	}

	@PostMapping("/payroll/runs/{id}/submit")
	@PreAuthorize("hasAuthority('PAYROLL_WRITE')")
	String submit(@PathVariable UUID id) {
		runs.submit(id);
		return "redirect:/payroll/runs/" + id;
	}

	@PostMapping("/payroll/runs/{id}/publish")
	@PreAuthorize("hasAuthority('PAYROLL_ADMIN')")
	String publish(@PathVariable UUID id) {
		runs.publish(id);
		return "redirect:/payroll/runs/" + id;
	}
}
