package io.renloop.recruitment.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.recruitment.internal.matching.ResumeBlocks;
import io.renloop.recruitment.internal.matching.ResumeBlocks.Block;
import io.renloop.recruitment.internal.matching.ResumeBlocks.Kind;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WholeResumesAreEmbeddedBlockByBlockTests {

	@Test
	void everyLineOfALongResumeIsInExactlyOneBlockOfItsSection() {
		String duties = IntStream.range(0, 80)
			.mapToObj(i -> "- Designed and built service number " + i + " with Spring Boot and Kafka")
			.collect(Collectors.joining("\n"));
		String text = "Jane Doe\nBackend Developer\nExperience\n" + duties + "\nEducation\nBSc Computer Science, Fudan University\n"
				+ "Skills\nJava, Spring Boot, Kafka, Redis\n";
		List<Block> blocks = ResumeBlocks.of(text);
		assertThat(blocks).hasSizeGreaterThan(3);
		assertThat(blocks).extracting(Block::kind).contains(Kind.EXPERIENCE, Kind.SKILLS);
		String joined = blocks.stream().map(Block::text).collect(Collectors.joining("\n"));
		assertThat(joined.lines().filter(line -> line.startsWith("- Designed"))).hasSize(80);
		assertThat(joined).contains("service number 79", "Redis", "Fudan University");
	}

	@Test
	void aChineseResumeIsCutAtItsHeadings() {
		String text = "张伟\n求职意向：数据工程师\n工作经历\n2019.03 - 至今  华为  数据工程师\n· 使用Flink开发实时数据管道，日处理数据20TB，"
				+ "负责数据仓库的分层设计与数据质量监控告警体系建设\n教育背景\n2012.09-2016.07  浙江大学  计算机科学与技术  本科\n专业技能\n"
				+ "Spark、Hive、Flink、Airflow、SQL、Python、数据建模、数据仓库\n";
		List<Block> blocks = ResumeBlocks.of(text);
		assertThat(blocks.stream().filter(b -> b.kind() == Kind.EXPERIENCE).findFirst()).get()
			.extracting(Block::text)
			.asString()
			.contains("Flink")
			.doesNotContain("浙江大学");
		assertThat(ResumeBlocks.heading("专业技能")).isEqualTo(Kind.SKILLS);
		assertThat(ResumeBlocks.heading("· 使用Flink开发实时数据管道")).isNull();
	}
}
