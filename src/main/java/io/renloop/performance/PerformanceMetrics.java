package io.renloop.performance;

/** Metric data from other systems for KPI items. */
public interface PerformanceMetrics {

	/** Checks every row; saves all of them (replacing earlier values of the same key) only when none has errors. */
	MetricImportResult add(MetricBatch batch, boolean dryRun);

	/** The same from a CSV or Excel file with columns employeeNo/departmentCode, metric, value, source. */
	MetricImportResult addFile(String period, String fileName, byte[] content, boolean dryRun);
}
