// impact-stories-widgets/hydrate: import it before the elements (and before Lit), on pages whose lists were
// prerendered, so that they hydrate their declarative shadow DOM instead of rendering again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
