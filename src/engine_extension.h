#ifndef ESA_ENGINE_EXTENSION_H
#define ESA_ENGINE_EXTENSION_H

/* Registers the zend_extension half of the module; called from MINIT. */
void esa_engine_extension_register(void);

#endif
