/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.interchange.ContactFormat;
import org.rapport.core.interchange.importer.ImportPreview;
import org.rapport.core.interchange.InterchangeException;
import org.rapport.core.interchange.ParsedContacts;
import org.rapport.core.sample.SamplePlan;
import org.rapport.core.store.PlanLoadException;
import org.rapport.core.store.PlanSaveException;
import org.rapport.core.store.PlanStore;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.validation.PlanValidation;

/**
 * A mutation loop over each importer (vCard, LinkedIn CSV, Google CSV) and the plan loader: seeds from the test
 * data and the hostile corpus, mutated by flipped bits, inserted control characters and format tokens (folds,
 * quotes, separators, {@code BEGIN:VCARD}, deep elements, {@code href}s to a silent server), deleted, repeated and
 * spliced ranges. Every input must end, within seconds, either refused with the format's own exception or read,
 * previewed, applied and saved; nothing may throw anything else, and no connection may reach the server.
 * <p>
 * {@code ./rapport test} runs {@value #DEFAULT_ITERATIONS} inputs per target. For a longer run set
 * {@code RAPPORT_FUZZ} to the number of inputs per target (and {@code RAPPORT_FUZZ_SEED} to vary them), e.g.
 * {@code RAPPORT_FUZZ=100000 mvn ... -Dtest=FuzzTest}. An input that fails is written to a file whose path the
 * failure names: add it to {@code data/hostile/} once fixed.
 * </p>
 */
class FuzzTest {

	static final int DEFAULT_ITERATIONS = 150;
	/** One input taking longer than this is a hang or a quadratic step. */
	private static final long SLOW_MILLIS = 10_000;
	private static final int MAX_SIZE = 512 * 1024;

	@TempDir
	Path dir;

	private static int iterations() {
		String value = System.getenv("RAPPORT_FUZZ");
		return value == null || value.isBlank() ? DEFAULT_ITERATIONS : Integer.parseInt(value.strip());
	}

	private static long seed() {
		String value = System.getenv("RAPPORT_FUZZ_SEED");
		return value == null || value.isBlank() ? 16 : Long.parseLong(value.strip());
	}

	private static List<byte[]> seeds(String folder, String prefix) throws IOException {
		List<byte[]> seeds = new ArrayList<>();
		List<URL> urls = Collections.list(Platform.getBundle("org.rapport.core.tests").findEntries(folder, prefix + "*", false));
		urls.sort((a, b) -> a.getPath().compareTo(b.getPath()));
		for (URL url : urls) {
			try (InputStream in = url.openStream()) {
				seeds.add(in.readAllBytes());
			}
		}
		return seeds;
	}

	private static final String[] VCARD_TOKENS = { "BEGIN:VCARD\r\n", "END:VCARD\r\n", "VERSION:2.1\r\n", "VERSION:4.0\r\n",
			"\r\n ", "\r\n\t", "=\r\n", ";ENCODING=QUOTED-PRINTABLE:", "=00", "=1B", "=FF", ";CHARSET=UTF-16:",
			"item1.", "X-ABLabel:", "EMAIL:", "N:;;;;", "RELATED;TYPE=x-introduced-by:", "PHOTO;ENCODING=b:", "AGENT:",
			"\\n", "\\", ";", ":", ",", "\u0000", "\uFFFF" };
	private static final String[] CSV_TOKENS = { "\"", "\"\"", ",", "\r\n", "\n", "\r", " ::: ", "* myContacts",
			"E-mail 99999999999 - Value", "Relation 1 - Label", "Introduced by", "=HYPERLINK(\"x\")", "'=", "+cmd|",
			"\u0000", "\u001b", "\uFFFF", "\uFEFF", "First Name,Last Name,Company\r\n" };
	private static final String[] PLAN_TOKENS = { "<contacts xmi:id=\"_z\" firstName=\"Z\">", "</contacts>",
			"<future>", "</future>", "<introducedBy href=\"URL#_x\"/>", "href=\"other.rapport#_y\"", "xmi:id=\"_a\"",
			"<!DOCTYPE x>", "&amp;", "&#0;", "\"", "<", ">", "xmlns:x=\"http://example.org/x\"", "<x:y/>",
			"reviewCadenceDays=\"-5\"", "targetValue=\"NaN\"", "\u0000" };

	@Test
	void theVCardImporterNeverFailsOtherwiseThanWithItsOwnRefusal() throws Exception {
		List<byte[]> seeds = seeds("data/interchange", "");
		seeds.removeIf(s -> !new String(s, StandardCharsets.ISO_8859_1).toUpperCase().contains("BEGIN:VCARD"));
		seeds.addAll(seeds("data/hostile", "vcard-"));
		fuzzImporter("vcard", ContactFormat.VCARD, seeds, VCARD_TOKENS);
	}

	@Test
	void theLinkedInImporterNeverFailsOtherwiseThanWithItsOwnRefusal() throws Exception {
		List<byte[]> seeds = seeds("data/interchange", "Connections");
		seeds.addAll(seeds("data/hostile", "linkedin-"));
		fuzzImporter("linkedin", ContactFormat.LINKEDIN_CONNECTIONS, seeds, CSV_TOKENS);
	}

	@Test
	void theGoogleImporterNeverFailsOtherwiseThanWithItsOwnRefusal() throws Exception {
		List<byte[]> seeds = seeds("data/interchange", "google");
		seeds.addAll(seeds("data/hostile", "google-"));
		fuzzImporter("google", ContactFormat.GOOGLE_CONTACTS, seeds, CSV_TOKENS);
	}

	private void fuzzImporter(String name, ContactFormat format, List<byte[]> seeds, String[] tokens) throws Exception {
		Random random = new Random(seed() ^ name.hashCode());
		PlanStore store = new PlanStore();
		Path planFile = dir.resolve(name + ".rapport");
		for (int i = 0; i < iterations(); i++) {
			byte[] input = mutate(random, seeds, tokens);
			long start = System.nanoTime();
			try {
				ParsedContacts parsed;
				try {
					parsed = format.newImporter().read(new ByteArrayInputStream(input), name, new NullProgressMonitor());
				} catch (InterchangeException refused) {
					continue;
				}
				Files.deleteIfExists(planFile);
				NetworkingPlan plan = store.createNew(planFile, "Fuzz");
				ImportPreview preview = ImportPreview.compute(plan, parsed, new NullProgressMonitor());
				preview.getRows().forEach(row -> row.getMessage());
				preview.apply(new AdapterFactoryEditingDomain(
						new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack(),
						plan.eResource().getResourceSet()));
				store.save(plan.eResource(), planFile);
			} catch (Exception | Error e) {
				throw failure(name, i, input, e);
			}
			slowCheck(name, i, input, start);
		}
	}

	@Test
	void thePlanLoaderNeverFailsOtherwiseThanWithItsOwnRefusalAndNeverConnects() throws Exception {
		try (SilentServer server = new SilentServer()) {
			String url = server.url("x.rapport");
			List<byte[]> seeds = new ArrayList<>();
			Path sample = dir.resolve("sample.rapport");
			new PlanStore().save(SamplePlan.create(java.time.LocalDate.of(2026, 11, 25)), sample);
			seeds.add(Files.readAllBytes(sample));
			seeds.add(NoNetworkTest.plan(url + "#_x", "other.rapport#_y").getBytes(StandardCharsets.UTF_8));
			seeds.add(DeepNestingTest.nested(400).getBytes(StandardCharsets.UTF_8));
			String[] tokens = PLAN_TOKENS.clone();
			for (int t = 0; t < tokens.length; t++) {
				tokens[t] = tokens[t].replace("URL", url);
			}
			Random random = new Random(seed() ^ 0x504C414EL);
			PlanStore store = new PlanStore();
			Path file = dir.resolve("fuzz.rapport");
			Path copy = dir.resolve("copy.rapport");
			for (int i = 0; i < iterations(); i++) {
				byte[] input = mutate(random, seeds, tokens);
				Files.write(file, input);
				long start = System.nanoTime();
				try {
					NetworkingPlan plan;
					try {
						plan = store.load(file);
					} catch (PlanLoadException refused) {
						continue;
					}
					PlanValidation.problems(PlanValidation.validate(plan));
					try {
						store.save(plan.eResource(), copy);
					} catch (PlanSaveException refused) {
						// worded, exit 4: acceptable for a plan that holds what cannot be written back
					}
				} catch (Exception | Error e) {
					throw failure("plan", i, input, e);
				}
				slowCheck("plan", i, input, start);
			}
			assertEquals(0, server.connections(), "no input made the loader connect");
		}
	}

	private void slowCheck(String name, int iteration, byte[] input, long start) throws IOException {
		long millis = (System.nanoTime() - start) / 1_000_000;
		if (millis > SLOW_MILLIS) {
			throw failure(name, iteration, input, new AssertionError("took " + millis + " ms"));
		}
	}

	private static AssertionError failure(String name, int iteration, byte[] input, Throwable e) throws IOException {
		Path saved = Files.createTempFile("rapport-fuzz-" + name + "-" + iteration + "-", ".bin");
		Files.write(saved, input);
		return new AssertionError(name + " input " + iteration + " (seed " + seed() + ", saved as " + saved + ") failed: " + e, e);
	}

	/** One to five mutations of a seed. */
	static byte[] mutate(Random random, List<byte[]> seeds, String[] tokens) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] data = seeds.get(random.nextInt(seeds.size())).clone();
		int mutations = 1 + random.nextInt(5);
		for (int m = 0; m < mutations; m++) {
			int at = data.length == 0 ? 0 : random.nextInt(data.length + 1);
			switch (random.nextInt(7)) {
			case 0 -> { // flip a bit
				if (data.length > 0) {
					int i = random.nextInt(data.length);
					data[i] ^= (byte) (1 << random.nextInt(8));
				}
			}
			case 1 -> data = splice(data, at, at, new byte[] { (byte) pick(random, 0x00, 0x01, 0x08, 0x0B, 0x1B, 0x7F, 0xC0, 0xED,
					0xEF, 0xFE, 0xFF) });
			case 2 -> data = splice(data, at, at, tokens[random.nextInt(tokens.length)].getBytes(StandardCharsets.UTF_8));
			case 3 -> data = splice(data, at, Math.min(data.length, at + random.nextInt(64)), new byte[0]); // delete
			case 4 -> { // repeat a range
				int end = Math.min(data.length, at + 1 + random.nextInt(200));
				byte[] range = java.util.Arrays.copyOfRange(data, Math.min(at, end), end);
				out.reset();
				for (int k = 1 + random.nextInt(200); k > 0 && out.size() < MAX_SIZE / 2; k--) {
					out.writeBytes(range);
				}
				data = splice(data, end, end, out.toByteArray());
			}
			case 5 -> data = java.util.Arrays.copyOf(data, at); // truncate
			default -> { // splice another seed in
				byte[] other = seeds.get(random.nextInt(seeds.size()));
				int from = other.length == 0 ? 0 : random.nextInt(other.length);
				data = splice(data, at, at, java.util.Arrays.copyOfRange(other, from, Math.min(other.length, from + 400)));
			}
			}
			if (data.length > MAX_SIZE) {
				data = java.util.Arrays.copyOf(data, MAX_SIZE);
			}
		}
		return data;
	}

	private static int pick(Random random, int... values) {
		return values[random.nextInt(values.length)];
	}

	private static byte[] splice(byte[] data, int from, int to, byte[] insert) {
		byte[] result = new byte[data.length - (to - from) + insert.length];
		System.arraycopy(data, 0, result, 0, from);
		System.arraycopy(insert, 0, result, from, insert.length);
		System.arraycopy(data, to, result, from + insert.length, data.length - to);
		return result;
	}

	@Test
	void mutationIsDeterministicForASeed() {
		List<byte[]> seeds = List.of("BEGIN:VCARD\r\nEND:VCARD\r\n".getBytes(StandardCharsets.UTF_8));
		byte[] a = mutate(new Random(7), seeds, VCARD_TOKENS);
		byte[] b = mutate(new Random(7), seeds, VCARD_TOKENS);
		if (!java.util.Arrays.equals(a, b)) {
			fail("the same seed gives the same inputs, so a failure can be replayed");
		}
	}
}
