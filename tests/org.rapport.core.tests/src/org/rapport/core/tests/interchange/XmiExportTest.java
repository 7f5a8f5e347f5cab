/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.interchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.DynamicEObjectImpl;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryRegistryImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.interchange.exporter.XmiExporter;
import org.rapport.core.sample.SamplePlan;
import org.rapport.core.store.AtomicFileWriter;
import org.rapport.core.store.PlanStore;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingGoal;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.PlanElement;
import org.rapport.model.Priority;
import org.rapport.model.RapportFactory;
import org.rapport.model.RapportPackage;
import org.rapport.model.derived.PlanClock;

/**
 * An XMI export is loadable by an EMF runtime that knows nothing of Rapport: only EMF's XMI support and the
 * {@code rapport.ecore} written next to the file, no generated class, no registered package. The dynamic
 * objects it gives hold every persistent value of the plan, and Rapport reads the export back as the same
 * plan.
 */
class XmiExportTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	@TempDir
	Path dir;

	private NetworkingPlan plan;

	@BeforeEach
	void setUp() throws Exception {
		PlanClock.set(Clock.fixed(TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE));
		// saved and loaded, so that every object has the xmi:id a user's plan has
		Path file = dir.resolve("sample.rapport");
		new PlanStore().save(SamplePlan.create(TODAY), file);
		plan = new PlanStore().load(file);
	}

	@AfterEach
	void tearDown() {
		PlanClock.set(null);
	}

	@Test
	void theModelIsWrittenNextToTheExportAndNamedAsItsSchemaLocation() throws Exception {
		Path xmi = dir.resolve("out/plan.xmi");
		Files.createDirectories(xmi.getParent());

		Path ecore = new XmiExporter().export(plan, xmi);

		assertEquals(xmi.resolveSibling(XmiExporter.ECORE_FILE_NAME), ecore);
		try (InputStream bundled = XmiExporter.ecoreUrl().openStream()) {
			assertArrayEquals(bundled.readAllBytes(), Files.readAllBytes(ecore), "the model bundle's own .ecore");
		}
		String text = Files.readString(xmi, StandardCharsets.UTF_8);
		assertTrue(text.contains("xsi:schemaLocation=\"" + RapportPackage.eNS_URI + " rapport.ecore\""), text.substring(0, 400));
		assertFalse(text.contains("platform:/plugin"), "no location only Eclipse can resolve");
		assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
	}

	@Test
	void dynamicEmfFindsTheModelThroughTheSchemaLocationAlone() throws Exception {
		Path xmi = dir.resolve("plan.xmi");
		new XmiExporter().export(plan, xmi);

		// nothing registered for the Rapport namespace: EMF has to follow xsi:schemaLocation to rapport.ecore
		ResourceSet resourceSet = isolatedResourceSet();
		Resource resource = resourceSet.getResource(URI.createFileURI(xmi.toString()), true);

		EObject root = resource.getContents().get(0);
		EPackage dynamicPackage = root.eClass().getEPackage();
		assertEquals(RapportPackage.eNS_URI, dynamicPackage.getNsURI());
		assertTrue(dynamicPackage.eResource().getURI().toString().endsWith("/rapport.ecore"),
				() -> "the package came from " + dynamicPackage.eResource().getURI());
		assertSameContent(plan, resource);
	}

	@Test
	void dynamicEmfLoadsTheExportWithTheEcoreRegisteredByHand() throws Exception {
		Path xmi = dir.resolve("plan.xmi");
		Path ecore = new XmiExporter().export(plan, xmi);

		// as a tool would: load the .ecore, register its package under its namespace, then load the plan
		ResourceSet resourceSet = isolatedResourceSet();
		Resource model = resourceSet.getResource(URI.createFileURI(ecore.toString()), true);
		EPackage dynamicPackage = (EPackage) model.getContents().get(0);
		resourceSet.getPackageRegistry().put(dynamicPackage.getNsURI(), dynamicPackage);
		Resource resource = resourceSet.getResource(URI.createFileURI(xmi.toString()), true);

		assertSame(dynamicPackage, resource.getContents().get(0).eClass().getEPackage());
		assertSameContent(plan, resource);
	}

	@Test
	void rapportReadsTheExportBackAsTheSamePlan() throws Exception {
		Path xmi = dir.resolve("plan.xmi");
		new XmiExporter().export(plan, xmi);

		NetworkingPlan reloaded = new PlanStore().load(xmi);

		assertTrue(new PersistentEquality().equals(plan, reloaded), "the same plan, modulo transient opposites");
		XMLResource original = (XMLResource) plan.eResource();
		XMLResource back = (XMLResource) reloaded.eResource();
		for (EObject object : all(plan)) {
			EObject twin = back.getEObject(original.getID(object));
			assertNotNull(twin, () -> "no object with the id of " + object);
			assertEquals(object.eClass(), twin.eClass());
		}
		// and the transient opposites are rebuilt from the persisted ends
		Contact contact = plan.getContacts().get(0);
		Contact twin = (Contact) back.getEObject(original.getID(contact));
		assertEquals(ids(original, contact.getInteractions()), ids(back, twin.getInteractions()));
	}

	@Test
	void defaultValuesAreWrittenSoThatNoReaderHasToGuessThem() throws Exception {
		// a value equal to its default is not set, so plain XMI would leave it out of the file
		NetworkingGoal goal = RapportFactory.eINSTANCE.createNetworkingGoal();
		goal.setPriority(Priority.MEDIUM);
		NetworkingPlan small = RapportFactory.eINSTANCE.createNetworkingPlan();
		small.getGoals().add(goal);
		assertFalse(goal.eIsSet(RapportPackage.Literals.NETWORKING_GOAL__PRIORITY), "MEDIUM is the default");
		Path xmi = dir.resolve("small.xmi");

		new XmiExporter().export(small, xmi);

		Resource resource = isolatedResourceSet().getResource(URI.createFileURI(xmi.toString()), true);
		EObject root = resource.getContents().get(0);
		EObject twin = ((List<?>) root.eGet(root.eClass().getEStructuralFeature("goals"))).stream()
				.map(EObject.class::cast).findFirst().orElseThrow();
		assertEquals("enum:medium", normalize(twin.eGet(twin.eClass().getEStructuralFeature("priority"))));
		assertEquals(30, root.eGet(root.eClass().getEStructuralFeature("reviewCadenceDays")));
	}

	@Test
	void everyFollowUpsStatusIsInTheFileAndThePlanFileStaysCompact() throws Exception {
		// the first literal of an enum, 0 and false are implicit defaults: EMF's own option still leaves them out
		Path xmi = dir.resolve("plan.xmi");
		new XmiExporter().export(plan, xmi);
		javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
		org.w3c.dom.NodeList followUps = factory.newDocumentBuilder().parse(xmi.toFile()).getElementsByTagName("followUps");
		assertEquals(plan.getFollowUps().size(), followUps.getLength());
		int open = 0;
		for (int i = 0; i < followUps.getLength(); i++) {
			org.w3c.dom.Element element = (org.w3c.dom.Element) followUps.item(i);
			assertFalse(element.getAttribute("status").isEmpty(), "follow-up " + i + " has no status");
			assertFalse(element.getAttribute("attempt").isEmpty());
			open += element.getAttribute("status").equals("open") ? 1 : 0;
		}
		assertTrue(open > 0, "the sample plan has open follow-ups, whose status is the enum's first literal");
		String exported = Files.readString(xmi, StandardCharsets.UTF_8);
		assertTrue(exported.contains("cadenceDays=\"0\""), "an int holding 0 is written");
		// the plan's own file keeps the compact form: values equal to their default are left out
		Path saved = dir.resolve("again.rapport");
		new PlanStore().save(plan, saved);
		assertFalse(Files.readString(saved, StandardCharsets.UTF_8).contains("status=\"open\""));
	}

	@Test
	void exportingNeitherMovesNorMarksThePlan() throws Exception {
		Resource resource = plan.eResource();
		URI uri = resource.getURI();
		resource.setModified(true);

		new XmiExporter().export(plan, dir.resolve("plan.xmi"));

		assertSame(resource, plan.eResource());
		assertEquals(uri, resource.getURI(), "an export is not a Save As");
		assertTrue(resource.isModified(), "an export does not save the plan's changes");
	}

	@Test
	void aPlanOutsideAnyResourceIsExportedFromACopy() throws Exception {
		NetworkingPlan fresh = RapportFactory.eINSTANCE.createNetworkingPlan();
		fresh.setName("Fresh");
		Contact contact = RapportFactory.eINSTANCE.createContact();
		contact.setFirstName("Ada");
		fresh.getContacts().add(contact);
		Path xmi = dir.resolve("fresh.xmi");

		new XmiExporter().export(fresh, xmi);

		assertNull(fresh.eResource(), "the caller's plan stays where it was");
		Resource resource = isolatedResourceSet().getResource(URI.createFileURI(xmi.toString()), true);
		EObject root = resource.getContents().get(0);
		assertEquals("Fresh", root.eGet(root.eClass().getEStructuralFeature("name")));
		List<?> contacts = (List<?>) root.eGet(root.eClass().getEStructuralFeature("contacts"));
		EObject ada = (EObject) contacts.get(0);
		assertEquals("Ada", ada.eGet(ada.eClass().getEStructuralFeature("firstName")));
		assertNotNull(((XMLResource) resource).getID(ada), "exports always carry ids");
	}

	@Test
	void aFailedWriteLeavesThePreviousExportAsItWas() throws Exception {
		Path xmi = dir.resolve("plan.xmi");
		Files.writeString(xmi, "previous export");
		long ecoreSize;
		try (InputStream ecore = XmiExporter.ecoreUrl().openStream()) {
			ecoreSize = ecore.readAllBytes().length;
		}
		// enough for the model, not for the plan: the failure happens half-way through the plan
		AtomicFileWriter failing = new AtomicFileWriter(false, out -> new FailingAfter(out, ecoreSize + 20_000));

		assertThrows(IOException.class, () -> new XmiExporter(failing).export(plan, xmi));

		assertFalse(Files.exists(dir.resolve(XmiExporter.ECORE_FILE_NAME)),
				"the model, written first, is removed again: a failed export leaves no file it created");
		assertEquals("previous export", Files.readString(xmi));
		try (var files = Files.list(dir)) {
			assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
		}
	}

	@Test
	void theExportCannotTakeTheModelsName() {
		assertThrows(IOException.class, () -> new XmiExporter().export(plan, dir.resolve(XmiExporter.ECORE_FILE_NAME)));
	}

	// --- helpers -------------------------------------------------------------------------------------------

	/**
	 * A resource set that knows only Ecore itself and EMF's XMI resource factory: the global registries, which
	 * hold Rapport's generated package and factory in this OSGi runtime, are never consulted.
	 */
	static ResourceSet isolatedResourceSet() {
		ResourceSetImpl resourceSet = new ResourceSetImpl();
		EPackage.Registry packages = new EPackageRegistryImpl();
		packages.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resourceSet.setPackageRegistry(packages);
		ResourceFactoryRegistryImpl factories = new ResourceFactoryRegistryImpl() {
			@Override
			protected Resource.Factory delegatedGetFactory(URI uri, String contentTypeIdentifier) {
				return null;
			}
		};
		factories.getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION, new XMIResourceFactoryImpl());
		resourceSet.setResourceFactoryRegistry(factories);
		return resourceSet;
	}

	/**
	 * Every object of the plan is in the dynamic resource under its id, of the class of the same name, with
	 * the same value for every persistent attribute and references to the objects with the same ids.
	 */
	static void assertSameContent(NetworkingPlan plan, Resource dynamic) {
		XMLResource original = (XMLResource) plan.eResource();
		List<EObject> objects = all(plan);
		List<EObject> dynamicObjects = new ArrayList<>();
		dynamic.getAllContents().forEachRemaining(dynamicObjects::add);
		assertEquals(objects.size(), dynamicObjects.size(), "as many objects");
		assertTrue(objects.size() > 300, "a plan big enough to mean something: " + objects.size());

		int values = 0;
		for (EObject object : objects) {
			String id = original.getID(object);
			EObject twin = dynamic.getEObject(id);
			assertNotNull(twin, () -> "no object with id " + id);
			assertTrue(twin instanceof DynamicEObjectImpl && !(twin instanceof PlanElement),
					() -> "a dynamic object, not a generated one: " + twin.getClass());
			EClass eClass = twin.eClass();
			assertEquals(object.eClass().getName(), eClass.getName());
			assertEquals(id(original, object.eContainer()), id((XMLResource) dynamic, twin.eContainer()), "same container");
			for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
				if (feature.isTransient() || feature.isDerived() || feature.isVolatile()) {
					continue;
				}
				EStructuralFeature twinFeature = eClass.getEStructuralFeature(feature.getName());
				assertNotNull(twinFeature, () -> eClass.getName() + "." + feature.getName());
				String where = eClass.getName() + '.' + feature.getName() + " of " + id;
				// values, not eIsSet: the export writes default values explicitly (see below)
				if (feature instanceof EAttribute) {
					assertEquals(normalize(object.eGet(feature)), normalize(twin.eGet(twinFeature)), where);
				} else {
					assertEquals(referenced(original, object, (EReference) feature),
							referenced((XMLResource) dynamic, twin, (EReference) twinFeature), where);
				}
				values++;
			}
		}
		assertTrue(values > 3000, "compared " + values + " values");
	}

	/** Dates by instant, enum values by literal (generated enumerators and dynamic literals alike), lists deeply. */
	private static Object normalize(Object value) {
		if (value instanceof List<?> list) {
			List<Object> normalized = new ArrayList<>();
			list.forEach(element -> normalized.add(normalize(element)));
			return normalized;
		}
		if (value instanceof EEnumLiteral literal) {
			return "enum:" + literal.getLiteral();
		}
		if (value instanceof Enumerator enumerator) {
			return "enum:" + enumerator.getLiteral();
		}
		if (value instanceof Date date) {
			return "date:" + date.getTime();
		}
		return value;
	}

	private static Object referenced(XMLResource resource, EObject object, EReference reference) {
		Object value = object.eGet(reference, false);
		if (reference.isMany()) {
			return ids(resource, (List<?>) value);
		}
		return id(resource, (EObject) value);
	}

	private static List<String> ids(XMLResource resource, List<?> objects) {
		List<String> ids = new ArrayList<>();
		for (Object object : objects) {
			ids.add(id(resource, (EObject) object));
		}
		return ids;
	}

	private static String id(XMLResource resource, EObject object) {
		if (object == null) {
			return null;
		}
		String id = resource.getID(object);
		assertNotNull(id, () -> "an object without an id: " + object);
		return id;
	}

	static List<EObject> all(EObject root) {
		List<EObject> objects = new ArrayList<>();
		objects.add(root);
		for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
			objects.add(it.next());
		}
		return objects;
	}

	/**
	 * Equality of persistent content: transient features (the opposite ends EMF rebuilds on load, whose order
	 * is the order of resolution) are left out, as are derived ones.
	 */
	static final class PersistentEquality extends EcoreUtil.EqualityHelper {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean haveEqualFeature(EObject eObject1, EObject eObject2, EStructuralFeature feature) {
			return feature.isTransient() || super.haveEqualFeature(eObject1, eObject2, feature);
		}
	}

	/** Fails once more than the given number of bytes have been written. */
	static final class FailingAfter extends java.io.FilterOutputStream {
		private long remaining;

		FailingAfter(OutputStream out, long limit) {
			super(out);
			this.remaining = limit;
		}

		@Override
		public void write(int b) throws IOException {
			if (--remaining < 0) {
				throw new IOException("disk full (simulated)");
			}
			out.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			for (int i = 0; i < len; i++) {
				write(b[off + i]);
			}
		}
	}
}
