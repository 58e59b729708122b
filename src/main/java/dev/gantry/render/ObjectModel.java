package dev.gantry.render;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.ObjectWrapperAndUnwrapper;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One of Gantry's objects as templates see it, the way FreeMarker's {@code BeansWrapper} shows
 * it: {@code x.name} reads a record component (or any other argument-less method of a record) or
 * a JavaBean property, {@code x.name(...)} calls a public method, {@code [=x]} prints
 * {@code toString()}, and passed back to a method it is the object itself.
 */
final class ObjectModel implements MethodCallAwareTemplateHashModel, TemplateScalarModel, AdapterTemplateModel,
        WrapperTemplateModel {

    private final Object object;
    private final ModelWrapper wrapper;
    private final ClassMembers members;

    ObjectModel(Object object, ModelWrapper wrapper) {
        this.object = object;
        this.wrapper = wrapper;
        this.members = ClassMembers.of(object.getClass());
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        Method reader = members.propertyReader(key);
        if (reader != null) {
            return wrapper.wrap(invoke(reader, new Object[0]));
        }
        return getBeforeMethodCall(key);
    }

    @Override
    public TemplateModel getBeforeMethodCall(String key) {
        List<Method> methods = members.methods(key);
        return methods.isEmpty() ? null : new MethodModel(key, methods);
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public String getAsString() {
        return object.toString();
    }

    @Override
    public Object getAdaptedObject(Class<?> hint) {
        return object;
    }

    @Override
    public Object getWrappedObject() {
        return object;
    }

    private Object invoke(Method method, Object[] arguments) throws TemplateModelException {
        try {
            return method.invoke(object, arguments);
        } catch (InvocationTargetException e) {
            throw new TemplateModelException(describe(method) + " failed: " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new TemplateModelException(describe(method) + " cannot be called from a template", e);
        }
    }

    private String describe(Method method) {
        return member(method.getName()) + "()";
    }

    private String member(String name) {
        return object.getClass().getSimpleName() + "." + name;
    }

    /** The public methods of one name, called with the template's arguments unwrapped to their parameter types. */
    private final class MethodModel implements TemplateMethodModelEx {

        private final String name;
        private final List<Method> overloads;

        MethodModel(String name, List<Method> overloads) {
            this.name = name;
            this.overloads = overloads;
        }

        @Override
        public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
            Method method = withArity(arguments.size());
            Class<?>[] types = method.getParameterTypes();
            Object[] values = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                TemplateModel argument = (TemplateModel) arguments.get(i);
                values[i] = argument == null ? null : wrapper.tryUnwrapTo(argument, types[i]);
                if (values[i] == ObjectWrapperAndUnwrapper.CANT_UNWRAP_TO_TARGET_CLASS
                        || (values[i] == null && types[i].isPrimitive())) {
                    throw new TemplateModelException(describe(method) + ": argument " + (i + 1) + " is not a "
                            + types[i].getSimpleName());
                }
            }
            Object result = invoke(method, values);
            return method.getReturnType() == void.class ? TemplateModel.NOTHING : wrapper.wrap(result);
        }

        private Method withArity(int count) throws TemplateModelException {
            Method found = null;
            for (Method method : overloads) {
                if (method.getParameterCount() == count) {
                    if (found != null) {
                        throw new TemplateModelException(member(name) + " has several methods of " + count
                                + " arguments; templates cannot tell them apart");
                    }
                    found = method;
                }
            }
            if (found == null) {
                String counts = overloads.stream().map(method -> String.valueOf(method.getParameterCount()))
                        .distinct().sorted().collect(Collectors.joining(" or "));
                throw new TemplateModelException(member(name) + " takes " + counts + " arguments, not " + count);
            }
            return found;
        }
    }
}
