/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenClass;
import org.eclipse.emf.codegen.ecore.genmodel.GenFeature;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.codegen.merge.java.JControlModel;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's own code generator (org.eclipse.emf.codegen.ecore) headless, in plain Java, for
 * {@code bundles/org.rapport.model/model/rapport.genmodel}.
 *
 * <pre>
 * Generate regenerate   [repoRoot]   rewrite the committed src-gen trees (+ edit icons, edit plugin.properties)
 * Generate check        [repoRoot]   generate into releng/org.rapport.codegen/target and compare byte for byte
 * Generate init-genmodel [repoRoot]  (re)create rapport.genmodel from rapport.ecore with the project's settings
 * </pre>
 */
public final class Generate {

    static final String MODEL = "org.rapport.model";
    static final String EDIT = "org.rapport.model.edit";
    static final String PROVIDER = "Rapport";

    /** What the generator owns, per bundle (relative paths; a directory is owned whole). */
    static final Map<String, List<String>> OWNED = new LinkedHashMap<>();
    static {
        OWNED.put(MODEL, List.of("src-gen"));
        OWNED.put(EDIT, List.of("src-gen", "icons/full/obj16", "plugin.properties"));
    }

    /** The class attribute shown by the generated item providers' getText. */
    static final Map<String, String> LABEL_FEATURES = new LinkedHashMap<>();
    static {
        LABEL_FEATURES.put("NetworkingPlan", "name");
        LABEL_FEATURES.put("Profile", "name");
        LABEL_FEATURES.put("CareerAspiration", "title");
        LABEL_FEATURES.put("NetworkingGoal", "title");
        LABEL_FEATURES.put("Audience", "name");
        LABEL_FEATURES.put("CommunicationStrategy", "tone");
        LABEL_FEATURES.put("Contact", "fullName");
        LABEL_FEATURES.put("Opportunity", "name");
        LABEL_FEATURES.put("Interaction", "summary");
        LABEL_FEATURES.put("FollowUp", "reason");
        LABEL_FEATURES.put("Exchange", "description");
        LABEL_FEATURES.put("Gratitude", "message");
        LABEL_FEATURES.put("Skill", "name");
        LABEL_FEATURES.put("LearningActivity", "title");
        LABEL_FEATURES.put("Feedback", "topic");
        LABEL_FEATURES.put("PlanReview", "date");
        LABEL_FEATURES.put("StrategyScore", "strategyName");
        LABEL_FEATURES.put("ReviewFinding", "message");
        LABEL_FEATURES.put("EmailAddress", "address");
        LABEL_FEATURES.put("PhoneNumber", "number");
        LABEL_FEATURES.put("WebAddress", "url");
        LABEL_FEATURES.put("PostalAddress", "city");
        LABEL_FEATURES.put("ImportantDate", "label");
        LABEL_FEATURES.put("Relationship", "label");
    }

    /** Free-text attributes edited with a multi-line cell in the properties view. */
    static final List<String> MULTI_LINE = List.of("description", "summary", "notes", "content", "message",
            "outcome", "suggestedAction", "valueOffered", "failureReason");

    private Generate() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            usage();
        }
        String mode = args[0];
        Path root = Path.of(args.length > 1 ? args[1] : ".").toAbsolutePath().normalize();
        Path bundles = root.resolve("bundles");
        if (!Files.isRegularFile(bundles.resolve(MODEL).resolve("model/rapport.ecore"))) {
            System.err.println("Not the Rapport repository root: " + root);
            System.exit(2);
        }
        int rc;
        switch (mode) {
            case "regenerate":
                rc = regenerate(root, bundles);
                break;
            case "check":
                rc = check(root, bundles);
                break;
            case "init-genmodel":
                initGenModel(bundles);
                rc = 0;
                break;
            default:
                usage();
                return;
        }
        System.exit(rc);
    }

    private static void usage() {
        System.err.println("usage: Generate (regenerate|check|init-genmodel) [repoRoot]");
        System.exit(2);
    }

    // ---------------------------------------------------------------- modes

    static int regenerate(Path root, Path bundles) throws IOException {
        Path out = Files.createTempDirectory("rapport-codegen");
        try {
            if (!generate(bundles, out)) {
                return 1;
            }
            for (Map.Entry<String, List<String>> e : OWNED.entrySet()) {
                for (String rel : e.getValue()) {
                    Path from = out.resolve(e.getKey()).resolve(rel);
                    Path to = bundles.resolve(e.getKey()).resolve(rel);
                    deleteRecursively(to);
                    copy(from, to);
                }
            }
            System.out.println("Regenerated " + countFiles(out) + " generated files under " + bundles);
            return 0;
        } finally {
            deleteRecursively(out);
        }
    }

    static int check(Path root, Path bundles) throws IOException {
        Path out = root.resolve("releng/org.rapport.codegen/target/codegen-check");
        deleteRecursively(out);
        Files.createDirectories(out);
        if (!generate(bundles, out)) {
            return 1;
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : OWNED.entrySet()) {
            for (String rel : e.getValue()) {
                Path expected = out.resolve(e.getKey()).resolve(rel);
                Path actual = bundles.resolve(e.getKey()).resolve(rel);
                TreeSet<String> names = new TreeSet<>();
                names.addAll(listFiles(expected));
                names.addAll(listFiles(actual));
                for (String name : names) {
                    Path x = name.isEmpty() ? expected : expected.resolve(name);
                    Path a = name.isEmpty() ? actual : actual.resolve(name);
                    String shown = "bundles/" + e.getKey() + "/" + rel + (name.isEmpty() ? "" : "/" + name);
                    if (!Files.exists(a)) {
                        problems.add("missing:   " + shown);
                    } else if (!Files.exists(x)) {
                        problems.add("extra:     " + shown);
                    } else if (!Arrays.equals(Files.readAllBytes(x), Files.readAllBytes(a))) {
                        problems.add("differs:   " + shown);
                    }
                }
            }
        }
        if (problems.isEmpty()) {
            System.out.println("EMF generated code is up to date (" + countFiles(out) + " files compared).");
            return 0;
        }
        System.err.println("EMF generated code is NOT up to date with rapport.genmodel/rapport.ecore:");
        problems.forEach(p -> System.err.println("  " + p));
        System.err.println("Freshly generated files are in " + out);
        System.err.println("Run: mvn -f releng/org.rapport.codegen verify -Pregenerate   and commit the result.");
        return 1;
    }

    // ---------------------------------------------------------------- generation

    static ResourceSet newResourceSet() {
        ResourceSet rs = new ResourceSetImpl();
        Map<String, Object> factories = rs.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new EcoreResourceFactoryImpl());
        factories.put("xmi", new XMIResourceFactoryImpl());
        factories.put(Resource.Factory.Registry.DEFAULT_EXTENSION, new XMIResourceFactoryImpl());
        rs.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        rs.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        // Ecore.genmodel (the used GenPackage for EString, EDate, ...) lives in the ecore jar.
        URI ecoreJar = jarOf(EcorePackage.class);
        rs.getURIConverter().getURIMap().put(URI.createPlatformPluginURI("/org.eclipse.emf.ecore/", false), ecoreJar);
        rs.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/org.eclipse.emf.ecore/", false), ecoreJar);
        return rs;
    }

    static void mapProjects(ResourceSet rs, Path dir) {
        Map<URI, URI> map = rs.getURIConverter().getURIMap();
        for (String project : OWNED.keySet()) {
            map.put(URI.createPlatformResourceURI("/" + project + "/", false),
                    URI.createFileURI(dir.resolve(project).toAbsolutePath().toString() + "/"));
        }
    }

    static URI jarOf(Class<?> type) {
        try {
            Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(jar)) {
                return URI.createFileURI(jar.toString() + "/");
            }
            return URI.createURI("archive:" + URI.createFileURI(jar.toString()) + "!/");
        } catch (Exception e) {
            throw new IllegalStateException("Cannot locate the jar of " + type, e);
        }
    }

    static GenModel loadGenModel(ResourceSet rs) {
        URI uri = URI.createPlatformResourceURI("/" + MODEL + "/model/rapport.genmodel", true);
        Resource resource = rs.getResource(uri, true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        EcoreUtil.resolveAll(rs);
        return genModel;
    }

    /** Generates the model and edit code into {@code out/<project>/...}; false on errors. */
    static boolean generate(Path bundles, Path out) throws IOException {
        ResourceSet rs = newResourceSet();
        mapProjects(rs, bundles);
        GenModel genModel = loadGenModel(rs);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        genModel.setValidateModel(false);
        genModel.setLineDelimiter("\n");
        genModel.setCodeFormatting(false);

        Diagnostic diagnostic = genModel.diagnose();
        if (diagnostic.getSeverity() == Diagnostic.ERROR) {
            print(diagnostic);
            return false;
        }

        // Everything is loaded: from here on platform:/resource/<project>/ means the output folder.
        for (String project : OWNED.keySet()) {
            Files.createDirectories(out.resolve(project));
        }
        mapProjects(rs, out);

        // Standalone, no plugin.xml is read: register EMF's own GenModel generator adapters.
        GeneratorAdapterFactory.Descriptor.Registry registry = GeneratorAdapterFactory.Descriptor.Registry.INSTANCE;
        if (registry.getDescriptors(GenModelPackage.eNS_URI).isEmpty()) {
            registry.addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
        }
        Generator generator = new StandaloneGenerator();
        generator.getOptions().resourceSet = rs;
        generator.getOptions().codeFormatting = false;
        generator.getOptions().commentFormatting = false;
        generator.getOptions().importOrganizing = false;
        generator.getOptions().forceOverwrite = true;
        generator.setInput(genModel);

        boolean ok = true;
        for (Object projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic d = generator.generate(genModel, projectType, new BasicMonitor());
            if (d.getSeverity() >= Diagnostic.WARNING) {
                print(d);
            }
            ok &= d.getSeverity() < Diagnostic.ERROR;
        }
        normalizeLineEnds(out);
        // EMF's template hard-codes the vendor; the edit bundle's Bundle-Vendor is %providerName.
        Path editProperties = out.resolve(EDIT).resolve("plugin.properties");
        if (Files.exists(editProperties)) {
            String s = Files.readString(editProperties, StandardCharsets.ISO_8859_1);
            Files.writeString(editProperties, s.replace("providerName = www.example.org", "providerName = " + PROVIDER),
                    StandardCharsets.ISO_8859_1);
        }
        return ok;
    }

    /**
     * EMF's Generator builds its JMerge control model with JDT (the AST facade, JavaCore options).
     * We always generate into an empty folder, so nothing is merged: a facade that cannot merge
     * keeps JDT off the class path.
     */
    static final class StandaloneGenerator extends Generator {
        private JControlModel controlModel;

        @Override
        public JControlModel getJControlModel() {
            if (controlModel == null) {
                controlModel = new JControlModel() {
                    {
                        setFacadeHelper(new NoMergeFacadeHelper());
                    }
                };
            }
            return controlModel;
        }
    }

    // ---------------------------------------------------------------- genmodel creation

    static void initGenModel(Path bundles) throws IOException {
        ResourceSet rs = newResourceSet();
        mapProjects(rs, bundles);
        URI ecoreUri = URI.createPlatformResourceURI("/" + MODEL + "/model/rapport.ecore", true);
        EPackage ePackage = (EPackage) rs.getResource(ecoreUri, true).getContents().get(0);
        GenModel ecoreGenModel = (GenModel) rs.getResource(
                URI.createPlatformPluginURI("/org.eclipse.emf.ecore/model/Ecore.genmodel", true), true)
                .getContents().get(0);

        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(Collections.singleton(ePackage));
        Resource resource = rs.createResource(
                URI.createPlatformResourceURI("/" + MODEL + "/model/rapport.genmodel", true));
        resource.getContents().add(genModel);

        genModel.getForeignModel().add("rapport.ecore");
        genModel.setImporterID("org.eclipse.emf.importer.ecore");
        genModel.setModelName("Rapport");
        genModel.setCopyrightText("Copyright (c) 2026 Rapport contributors\nSPDX-License-Identifier: EPL-2.0\n\n"
                + "Rapport networking plan model. Generated by EMF: do not edit, regenerate.");
        genModel.setModelDirectory("/" + MODEL + "/src-gen");
        genModel.setEditDirectory("/" + EDIT + "/src-gen");
        genModel.setModelPluginID(MODEL);
        genModel.setEditPluginID(EDIT);
        genModel.setModelPluginClass("");
        genModel.setEditPluginClass("org.rapport.model.provider.RapportEditPlugin");
        genModel.setComplianceLevel(GenJDKLevel.JDK170_LITERAL);
        genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
        genModel.setBundleManifest(false);
        genModel.setUpdateClasspath(false);
        genModel.setOperationReflection(true);
        genModel.setCodeFormatting(false);
        genModel.setImportOrganizing(true);
        genModel.getUsedGenPackages().addAll(ecoreGenModel.getGenPackages());

        GenPackage genPackage = genModel.getGenPackages().get(0);
        genPackage.setBasePackage("org.rapport");
        genPackage.setPrefix("Rapport");
        genPackage.setDisposableProviderFactory(true);

        for (GenClass genClass : genPackage.getGenClasses()) {
            String label = LABEL_FEATURES.get(genClass.getName());
            for (GenFeature genFeature : genClass.getGenFeatures()) {
                String name = genFeature.getEcoreFeature().getName();
                if (name.equals(label)) {
                    genClass.setLabelFeature(genFeature);
                }
                String doc = documentation(genFeature);
                if (doc != null) {
                    genFeature.setPropertyDescription(doc);
                }
                if (MULTI_LINE.contains(name) && !genFeature.isListType()) {
                    genFeature.setPropertyMultiLine(true);
                }
            }
            if (label != null && genClass.getLabelFeature() == null) {
                throw new IllegalStateException("No feature " + label + " in " + genClass.getName());
            }
        }

        Diagnostic diagnostic = genModel.diagnose();
        if (diagnostic.getSeverity() == Diagnostic.ERROR) {
            print(diagnostic);
            throw new IllegalStateException("The new GenModel is not valid");
        }
        Map<Object, Object> options = new LinkedHashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_WIDTH, 80);
        options.put(Resource.OPTION_LINE_DELIMITER, "\n");
        resource.save(options);
        System.out.println("Wrote " + resource.getURI());
    }

    static String documentation(GenFeature genFeature) {
        EAnnotation a = genFeature.getEcoreFeature().getEAnnotation(GenModelPackage.eNS_URI);
        return a == null ? null : a.getDetails().get("documentation");
    }

    // ---------------------------------------------------------------- files

    static void print(Diagnostic d) {
        System.err.println((d.getSeverity() == Diagnostic.ERROR ? "ERROR " : "WARNING ") + d.getMessage());
        if (d.getException() != null) {
            d.getException().printStackTrace();
        }
        for (Diagnostic child : d.getChildren()) {
            print(child);
        }
    }

    /** Text files get '\n' line ends whatever the platform (EMF mostly uses the system's). */
    static void normalizeLineEnds(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String n = f.getFileName().toString();
                if (n.endsWith(".java") || n.endsWith(".properties") || n.endsWith(".xml")
                        || n.endsWith(".MF")) {
                    String s = Files.readString(f, StandardCharsets.ISO_8859_1);
                    String t = s.replace("\r\n", "\n");
                    if (!s.equals(t)) {
                        Files.writeString(f, t, StandardCharsets.ISO_8859_1);
                    }
                }
            }
        }
    }

    /** Files below {@code p}, relative, sorted; {@code ""} when p is a single file. */
    static List<String> listFiles(Path p) throws IOException {
        if (!Files.exists(p)) {
            return List.of();
        }
        if (Files.isRegularFile(p)) {
            return List.of("");
        }
        try (Stream<Path> files = Files.walk(p)) {
            return files.filter(Files::isRegularFile).map(f -> p.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    static long countFiles(Path p) throws IOException {
        try (Stream<Path> files = Files.walk(p)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    static void copy(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(f -> {
                try {
                    Path target = to.resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(f, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    static void deleteRecursively(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> files = Files.walk(p)) {
            for (Path f : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(f);
            }
        }
    }
}
