//! Who printed the text: the SDK or tool (with the corpus ids), and other providers whose
//! errors look alike.

/// The SDK, tool or carrier that printed the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    /// Python `anthropic`.
    PythonSdk,
    /// TypeScript `@anthropic-ai/sdk`.
    TypeScriptSdk,
    /// Go `anthropic-sdk-go`.
    GoSdk,
    /// Java `anthropic-java`.
    JavaSdk,
    /// Ruby `anthropic` gem.
    RubySdk,
    /// C# / .NET `Anthropic`.
    CsharpSdk,
    /// PHP.
    PhpSdk,
    /// Claude Code.
    ClaudeCode,
    /// The Claude Agent SDK.
    AgentSdk,
    /// The `ant` command-line tool.
    AntCli,
    /// LiteLLM.
    Litellm,
    /// LangChain.
    Langchain,
    /// LlamaIndex.
    Llamaindex,
    /// The Vercel AI SDK.
    VercelAiSdk,
    /// CrewAI.
    Crewai,
    /// Aider.
    Aider,
    /// Cline.
    Cline,
    /// Roo Code.
    RooCode,
    /// Continue.
    Continue,
    /// Zed.
    Zed,
    /// n8n.
    N8n,
    /// Goose.
    Goose,
    /// LibreChat.
    Librechat,
    /// Open WebUI.
    OpenWebui,
    /// curl or raw HTTP.
    Curl,
    /// Amazon Bedrock.
    Bedrock,
    /// Google Cloud Vertex AI.
    Vertex,
    /// Microsoft Foundry.
    Foundry,
    /// A browser's console.
    Browser,
    /// A GitHub Actions log.
    GithubActions,
}

impl Source {
    /// The corpus id, e.g. `python-sdk`.
    pub fn id(self) -> &'static str {
        use Source::*;
        match self {
            PythonSdk => "python-sdk",
            TypeScriptSdk => "typescript-sdk",
            GoSdk => "go-sdk",
            JavaSdk => "java-sdk",
            RubySdk => "ruby-sdk",
            CsharpSdk => "csharp-sdk",
            PhpSdk => "php-sdk",
            ClaudeCode => "claude-code",
            AgentSdk => "agent-sdk",
            AntCli => "ant-cli",
            Litellm => "litellm",
            Langchain => "langchain",
            Llamaindex => "llamaindex",
            VercelAiSdk => "vercel-ai-sdk",
            Crewai => "crewai",
            Aider => "aider",
            Cline => "cline",
            RooCode => "roo-code",
            Continue => "continue",
            Zed => "zed",
            N8n => "n8n",
            Goose => "goose",
            Librechat => "librechat",
            OpenWebui => "open-webui",
            Curl => "curl",
            Bedrock => "bedrock",
            Vertex => "vertex",
            Foundry => "foundry",
            Browser => "browser",
            GithubActions => "github-actions",
        }
    }

    /// The name shown to the user, e.g. "Python SDK (anthropic)".
    pub fn name(self) -> &'static str {
        use Source::*;
        match self {
            PythonSdk => "Python SDK (anthropic)",
            TypeScriptSdk => "TypeScript SDK (@anthropic-ai/sdk)",
            GoSdk => "Go SDK (anthropic-sdk-go)",
            JavaSdk => "Java SDK (anthropic-java)",
            RubySdk => "Ruby SDK (anthropic gem)",
            CsharpSdk => "C# / .NET SDK (Anthropic)",
            PhpSdk => "PHP SDK",
            ClaudeCode => "Claude Code",
            AgentSdk => "Claude Agent SDK",
            AntCli => "ant CLI",
            Litellm => "LiteLLM",
            Langchain => "LangChain",
            Llamaindex => "LlamaIndex",
            VercelAiSdk => "Vercel AI SDK",
            Crewai => "CrewAI",
            Aider => "Aider",
            Cline => "Cline",
            RooCode => "Roo Code",
            Continue => "Continue",
            Zed => "Zed",
            N8n => "n8n",
            Goose => "Goose",
            Librechat => "LibreChat",
            OpenWebui => "Open WebUI",
            Curl => "curl or raw HTTP",
            Bedrock => "Amazon Bedrock",
            Vertex => "Google Cloud Vertex AI",
            Foundry => "Microsoft Foundry",
            Browser => "a browser",
            GithubActions => "GitHub Actions",
        }
    }

    /// Whether it sends a Claude subscription's OAuth token itself (a setup token, a login): in
    /// its text such a token is the right credential, not one put where an API key belongs.
    pub(super) const fn sends_subscription_tokens(self) -> bool {
        matches!(self, Source::ClaudeCode | Source::GithubActions | Source::AgentSdk)
    }

    /// How specific a sign of this source is: an app beats the framework it runs, a framework
    /// the SDK it wraps, an SDK the carrier (curl, browser, CI log) that shows its output.
    pub(super) const fn rank(self) -> u8 {
        use Source::*;
        match self {
            AgentSdk | RooCode => 55,
            ClaudeCode | AntCli | Crewai | Aider | Cline | Continue | Zed | N8n | Goose | Librechat | OpenWebui => 50,
            Litellm | Langchain | Llamaindex | VercelAiSdk => 40,
            Bedrock | Vertex | Foundry => 30,
            PythonSdk | TypeScriptSdk | GoSdk | JavaSdk | RubySdk | CsharpSdk | PhpSdk => 20,
            Curl | Browser | GithubActions => 10,
        }
    }
}

/// Another AI provider, whose errors are recognized so they are never called a bad Anthropic key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OtherProvider {
    /// OpenAI.
    OpenAi,
    /// Azure OpenAI.
    AzureOpenAi,
    /// Google (Gemini, Vertex AI's Google models).
    Google,
    /// Mistral.
    Mistral,
    /// Groq.
    Groq,
    /// DeepSeek.
    DeepSeek,
    /// OpenRouter.
    OpenRouter,
    /// xAI.
    Xai,
    /// Cohere.
    Cohere,
    /// Together AI.
    Together,
    /// Perplexity.
    Perplexity,
    /// Ollama (a local model server).
    Ollama,
    /// Amazon Q Developer / CodeWhisperer (Kiro).
    AmazonQ,
    /// GitHub's own API.
    GitHub,
    /// Zed's own account service.
    ZedAccount,
    /// Another service, not an AI provider (an identity provider, a company's own API).
    OtherService,
}

impl OtherProvider {
    /// The provider's name.
    pub fn name(self) -> &'static str {
        use OtherProvider::*;
        match self {
            OpenAi => "OpenAI (or an OpenAI-compatible API)",
            AzureOpenAi => "Azure OpenAI",
            Google => "Google (Gemini)",
            Mistral => "Mistral",
            Groq => "Groq",
            DeepSeek => "DeepSeek",
            OpenRouter => "OpenRouter",
            Xai => "xAI",
            Cohere => "Cohere",
            Together => "Together AI",
            Perplexity => "Perplexity",
            Ollama => "Ollama",
            AmazonQ => "Amazon Q / CodeWhisperer",
            GitHub => "GitHub",
            ZedAccount => "Zed's account service",
            OtherService => "another service",
        }
    }
}
