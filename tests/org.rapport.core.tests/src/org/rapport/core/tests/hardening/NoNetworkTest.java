/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.interchange.exporter.ICalendarExporter;
import org.rapport.core.interchange.exporter.XmiExporter;
import org.rapport.core.interchange.ContactFormat;
import org.rapport.core.interchange.exporter.GoogleContactsExporter;
import org.rapport.core.interchange.importer.ImportPreview;
import org.rapport.core.interchange.Interchange;
import org.rapport.core.interchange.exporter.VCardExporter;
import org.rapport.core.store.PlanStore;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportPackage;
import org.rapport.model.resource.RapportResourceFactory;
import org.rapport.model.validation.PlanLabels;
import org.rapport.model.validation.PlanValidation;
import org.rapport.model.validation.PlanValidator;

/**
 * A plan that refers to other resources (a URL on a server that never answers, another plan file next to it,
 * a file elsewhere) is loaded, validated, exported, imported into and saved without a single connection and
 * without reading the other files: the references stay as they are, and validation reports them.
 */
class NoNetworkTest {

	@TempDir
	Path dir;

	static String plan(String... hrefs) {
		StringBuilder contacts = new StringBuilder();
		for (int i = 0; i < hrefs.length; i++) {
			contacts.append("  <contacts xmi:id=\"_c").append(i).append("\" firstName=\"Person\" lastName=\"Number").append(i)
					.append("\" emails=\"p").append(i).append("@example.org\">\n    <introducedBy href=\"").append(hrefs[i])
					.append("\"/>\n  </contacts>\n");
			contacts.append("  <followUps xmi:id=\"_f").append(i).append("\" reason=\"Say hello\" dueDate=\"2026-12-01T09:00:00.000+0000\">\n")
					.append("    <contact href=\"").append(hrefs[i]).append("\"/>\n  </followUps>\n");
		}
		contacts.append("  <followUps xmi:id=\"_g\" reason=\"Thank\" contact=\"_c0\" dueDate=\"2026-12-02T09:00:00.000+0000\"/>\n");
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<rapport:NetworkingPlan xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
				+ " xmlns:rapport=\"http://rapport.org/model/rapport/1.0\" xmi:id=\"_p\" name=\"Remote references\">\n"
				+ contacts + "</rapport:NetworkingPlan>\n";
	}

	/** The references of the test plan: the silent server, a plan next to it, a plan by absolute file URI. */
	private String[] hrefs(SilentServer server) throws Exception {
		Path other = dir.resolve("other.rapport");
		Files.writeString(other, plan("http://127.0.0.1:9/unused.rapport#_z"));
		Path elsewhere = Files.createDirectories(dir.resolve("elsewhere")).resolve("third.rapport");
		Files.writeString(elsewhere, plan("other.rapport#_c0"));
		return new String[] { server.url("x.rapport#_x"), "other.rapport#_c0", elsewhere.toUri() + "#_c0" };
	}

	@Test
	void everyOperationOnAPlanWithForeignReferencesEndsPromptlyWithoutAConnectionOrReadingOtherFiles() throws Exception {
		try (SilentServer server = new SilentServer()) {
			String[] hrefs = hrefs(server);
			Path file = dir.resolve("remote.rapport");
			Files.writeString(file, plan(hrefs));

			assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
				NetworkingPlan plan = new PlanStore().load(file);
				ResourceSet resourceSet = plan.eResource().getResourceSet();

				// what views and strategies do: follow the reference, label the contact
				for (Contact contact : plan.getContacts()) {
					Contact introducer = contact.getIntroducedBy();
					assertTrue(introducer.eIsProxy(), "the reference stays unresolved");
					PlanLabels.label(contact);
					PlanLabels.label(introducer);
				}

				// validate: each reference is reported as pointing outside the plan, with its URI
				List<Diagnostic> problems = PlanValidation.problems(PlanValidation.validate(plan));
				List<Diagnostic> outside = problems.stream().filter(d -> d.getCode() == PlanValidator.REFERENCE_OUTSIDE_PLAN)
						.collect(Collectors.toList());
				assertEquals(6, outside.size(), () -> problems.toString());
				for (String href : hrefs) {
					assertEquals(2, outside.stream().filter(d -> d.getMessage().contains(href)).count(),
							() -> href + " reported for the contact and the follow-up: " + outside);
				}
				for (Diagnostic diagnostic : outside) {
					assertTrue(diagnostic.getMessage().contains("which is outside this plan"), diagnostic.getMessage());
					assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
				}

				// exports
				new ICalendarExporter().export(plan, dir.resolve("out.ics"));
				new XmiExporter().export(plan, dir.resolve("out.xmi"));
				Interchange.export(dir.resolve("out.vcf"), new VCardExporter(), plan.getContacts(), new NullProgressMonitor());
				Interchange.export(dir.resolve("out.csv"), new GoogleContactsExporter(), plan.getContacts(),
						new NullProgressMonitor());

				// an import of every format, applied as the workbench and the command line do
				for (ContactFormat format : List.of(ContactFormat.LINKEDIN_CONNECTIONS, ContactFormat.VCARD,
						ContactFormat.GOOGLE_CONTACTS)) {
					Path in = dir.resolve("in." + format.getFileExtension());
					Files.write(in, sampleFor(format));
					ImportPreview preview = Interchange.preview(in, format, plan, new NullProgressMonitor());
					AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
							new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
							new BasicCommandStack(), resourceSet);
					preview.apply(domain);
				}

				// save: the references are written back as they were
				new PlanStore().save(plan.eResource(), file);
				String saved = Files.readString(file);
				assertTrue(saved.contains(hrefs[0]), saved);
				assertTrue(saved.contains("href=\"other.rapport#_c0\""), saved);
				assertTrue(saved.contains("third.rapport#_c0"), saved);
				assertTrue(Files.readString(dir.resolve("out.xmi")).contains(hrefs[0]));

				// a forced load of the URL through the resource set is refused too
				Resource forced = resourceSet.getResource(URI.createURI(hrefs[0]), true);
				assertEquals(null, forced);
				assertEquals(1, resourceSet.getResources().size(), "no other resource was loaded: " + resourceSet.getResources());
			});
			assertEquals(0, server.connections(), "no connection to the server");
		}
	}

	@Test
	void withoutThePlanResourceSetEmfWouldConnectToTheServer() throws Exception {
		// control: a plain EMF resource set does fetch the URL, so the attack is real
		try (SilentServer server = new SilentServer()) {
			Path file = dir.resolve("remote.rapport");
			Files.writeString(file, plan(server.url("x.rapport#_x")));
			ResourceSet plain = new ResourceSetImpl();
			plain.getPackageRegistry().put(RapportPackage.eNS_URI, RapportPackage.eINSTANCE);
			plain.getResourceFactoryRegistry().getExtensionToFactoryMap().put("rapport", new RapportResourceFactory());
			Resource resource = plain.getResource(URI.createFileURI(file.toString()), true);
			NetworkingPlan plan = (NetworkingPlan) resource.getContents().get(0);
			Thread resolver = new Thread(() -> plan.getContacts().get(0).getIntroducedBy(), "resolver");
			resolver.setDaemon(true);
			resolver.start();
			long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (server.connections() == 0 && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			assertEquals(1, server.connections(), "plain EMF connects to resolve the reference");
			assertTrue(resolver.isAlive(), "and then waits for an answer that never comes");
		} // closing the server lets the resolver fail and end
	}

	@Test
	void aReferenceIntoThePlanItselfIsNotReportedAsOutside() throws Exception {
		Path file = dir.resolve("self.rapport");
		Files.writeString(file, plan("self.rapport#_c0"));
		NetworkingPlan plan = new PlanStore().load(file);
		EObject introducer = plan.getContacts().get(0).getIntroducedBy();
		assertEquals(plan.getContacts().get(0), introducer);
		assertTrue(PlanValidation.problems(PlanValidation.validate(plan)).stream()
				.noneMatch(d -> d.getCode() == PlanValidator.REFERENCE_OUTSIDE_PLAN));
	}

	private static byte[] sampleFor(ContactFormat format) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String text = switch (format) {
		case LINKEDIN_CONNECTIONS -> "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
				+ "Person,Number0,https://www.linkedin.com/in/p0,p0@example.org,Acme,CTO,12 Mar 2024\n"
				+ "New,Comer,https://www.linkedin.com/in/nc,nc@example.org,Acme,CEO,12 Mar 2024\n";
		case VCARD -> "BEGIN:VCARD\nVERSION:3.0\nN:Number1;Person;;;\nFN:Person Number1\nEMAIL:p1@example.org\nEND:VCARD\n";
		default -> "First Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value\nPerson,Number2,Friends,* Other,p2@example.org\n";
		};
		out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return out.toByteArray();
	}
}
