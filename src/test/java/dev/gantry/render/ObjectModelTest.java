package dev.gantry.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Templates read Gantry's objects through {@link ModelWrapper} as they did through FreeMarker's BeansWrapper. */
class ObjectModelTest {

    record Service(String name, String description, List<String> ports, int replicas) {
        String loudName() {
            return name.toUpperCase(java.util.Locale.ROOT);
        }

        public String shout() {
            return name + "!";
        }

        @Override
        public String toString() {
            return "service " + name;
        }
    }

    public static final class Helper {
        public String getTitle() {
            return "Title";
        }

        public boolean isReady() {
            return true;
        }

        public String plain() {
            return "plain";
        }

        public String repeat(String text, int times) {
            return text.repeat(times);
        }

        public String nameOf(Service service) {
            return service.name();
        }

        public String fail(String why) {
            throw new IllegalArgumentException(why);
        }

        public void nothing() {
        }
    }

    private static final Service WEB = new Service("web", null, List.of("80", "443"), 2);

    private static String render(String template) throws IOException, TemplateException {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_35);
        configuration.setObjectWrapper(new ModelWrapper());
        configuration.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
        configuration.setInterpolationSyntax(Configuration.SQUARE_BRACKET_INTERPOLATION_SYNTAX);
        configuration.setNumberFormat("c");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        StringWriter out = new StringWriter();
        new Template("test", template, configuration).process(Map.of("s", WEB, "h", new Helper()), out);
        return out.toString();
    }

    @Test
    void recordComponentsReadAsPropertiesAndAsMethods() throws Exception {
        assertEquals("web web 2 80,443", render("[=s.name] [=s.name()] [=s.replicas] [=s.ports?join(',')]"));
    }

    @Test
    void otherArgumentLessRecordMethodsAreProperties() throws Exception {
        assertEquals("web! web!", render("[=s.shout] [=s.shout()]"));
    }

    @Test
    void aNullComponentIsMissing() throws Exception {
        assertEquals("none false", render("[=s.description!'none'] [=(s.description??)?c]"));
    }

    @Test
    void beanGettersAreProperties() throws Exception {
        assertEquals("Title Title true", render("[=h.title] [=h.getTitle()] [=h.ready?c]"));
    }

    @Test
    void methodsOfOtherClassesAreCalledWithParentheses() throws Exception {
        assertEquals("plain", render("[=h.plain()]"));
    }

    @Test
    void argumentsAreUnwrappedToTheParameterTypes() throws Exception {
        assertEquals("ababab web", render("[=h.repeat('ab', 3)] [=h.nameOf(s)]"));
    }

    @Test
    void anObjectPrintsItsStringAndHasContent() throws Exception {
        assertEquals("service web true", render("[=s] [=s?has_content?c]"));
    }

    @Test
    void aVoidMethodPrintsNothing() throws Exception {
        assertEquals("[]", render("[[=h.nothing()]]"));
    }

    @Test
    void onlyPublicMethodsAreReachable() throws Exception {
        assertEquals("absent", render("[=s.loudName!'absent']"));
    }

    @Test
    void aWrongArgumentCountSaysSo() {
        assertFailsSaying("[=h.repeat('ab')]", "Helper.repeat takes 2 arguments, not 1");
    }

    @Test
    void anArgumentOfTheWrongTypeSaysWhich() {
        assertFailsSaying("[=h.repeat('ab', 'x')]", "Helper.repeat(): argument 2 is not a int");
    }

    @Test
    void aFailingMethodCarriesItsCause() {
        assertFailsSaying("[=h.fail('no port')]", "Helper.fail() failed: java.lang.IllegalArgumentException: no port");
    }

    private static void assertFailsSaying(String template, String message) {
        TemplateException e = assertThrows(TemplateException.class, () -> render(template));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
