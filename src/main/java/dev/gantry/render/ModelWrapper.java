package dev.gantry.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * FreeMarker's default wrapper, except for Gantry's own objects (the records and helpers that
 * targets hand to templates): those become {@link ObjectModel}s, which read their members with
 * plain reflection. {@code BeansWrapper} would introspect each class with {@code java.beans},
 * which looks for a {@code BeanInfo} and a {@code Customizer} class per class, in three class
 * loaders each, and was a sixth of the template workers' time on a cold JVM.
 */
final class ModelWrapper extends DefaultObjectWrapper {

    private static final String OWN_PACKAGE = "dev.gantry.";

    ModelWrapper() {
        super(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35), true);
    }

    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
        if (object.getClass().getName().startsWith(OWN_PACKAGE)) {
            return new ObjectModel(object, this);
        }
        return super.handleUnknownType(object);
    }
}
