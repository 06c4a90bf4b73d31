package io.renloop.recruitment.internal.matching;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Executor;

/**
 * A BGE model shipped inside a LangChain4j jar, run by an ONNX session limited to one intra-op thread: on a few
 * cores, parallel callers each on one thread beat one caller spreading a small model over all cores.
 */
final class SingleThreadOnnxModel extends AbstractInProcessEmbeddingModel {

	private final OnnxBertBiEncoder encoder;

	private final int dimension;

	private SingleThreadOnnxModel(OnnxBertBiEncoder encoder, int dimension, Executor executor) {
		super(executor);
		this.encoder = encoder;
		this.dimension = dimension;
	}

	/**
	 * Loads {@code <name>.onnx} and {@code <name>-tokenizer.json} from the class path.
	 * @param name the model's resource name, e.g. {@code bge-small-zh-v1.5-q}
	 * @param dimension the length of the model's vectors
	 * @param executor runs the segments of {@code embedAll} in parallel
	 */
	static SingleThreadOnnxModel load(String name, int dimension, Executor executor) {
		ClassLoader loader = SingleThreadOnnxModel.class.getClassLoader();
		try (InputStream model = loader.getResourceAsStream(name + ".onnx");
				InputStream tokenizer = loader.getResourceAsStream(name + "-tokenizer.json")) {
			if (model == null || tokenizer == null) {
				throw new IllegalStateException("Embedding model " + name + " is not on the class path");
			}
			OrtEnvironment environment = OrtEnvironment.getEnvironment();
			try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
				options.setIntraOpNumThreads(1);
				options.setInterOpNumThreads(1);
				OrtSession session = environment.createSession(model.readAllBytes(), options);
				return new SingleThreadOnnxModel(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS),
						dimension, executor);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("Cannot start embedding model " + name, ex);
		}
	}

	@Override
	protected OnnxBertBiEncoder model() {
		return encoder;
	}

	@Override
	protected Integer knownDimension() {
		return dimension;
	}
}
