"use client";
import { useEffect, useRef, type ComponentType, type ReactNode } from "react";
import type { AuthUser, CognitoAuth, StepName } from "../index.js";
import { CognitoAuthProvider, useAuth, useAuthStep, useAuthUser } from "../react/hooks.js";
import { addOnScreens, type AddOnStep } from "./add-on-screens.js";
import { AuthUIProvider, useUI, type AuthUIOptions } from "./context.js";
import { ConfirmForgotPassword, ConfirmSignIn, ConfirmSignUp, ForgotPassword, NewPassword } from "./screens/codes.js";
import { SelectMfaType, SetupTotp } from "./screens/mfa.js";
import { SignIn, type LoginMechanism } from "./screens/sign-in.js";
import { SignUp } from "./screens/sign-up.js";

type ScreenComponent = ComponentType<{ autoFocus?: boolean }>;
type RoutedStep = Exclude<StepName, "restoring" | "signedIn">;

export interface AuthenticatorProps extends AuthUIOptions {
  /** The machine, when no <CognitoAuthProvider> is above. */
  auth?: CognitoAuth;
  /** The first signed-out screen. */
  initialScreen?: "signIn" | "signUp" | "forgotPassword";
  hideSignUp?: boolean;
  loginMechanism?: LoginMechanism;
  /** Attributes the sign-up screen asks for (standard or `custom:`). */
  signUpAttributes?: readonly string[];
  /** Replace any screen with the app's own component (it reads the state with the hooks). */
  components?: Partial<Record<RoutedStep, ScreenComponent>>;
  className?: string;
  /** Above every screen (not once signed in), outside the card: a logo, a product name. */
  header?: ReactNode;
  /** Below every screen (not once signed in), outside the card: legal links, support. */
  footer?: ReactNode;
  /** Shown once signed in; a function receives the user and signOut. */
  children?: ReactNode | ((props: { user: AuthUser; signOut: () => void }) => ReactNode);
}

/**
 * Every step of the machine as a screen, and the app once signed in.
 *
 * @example
 * <Authenticator auth={auth} signUpAttributes={["email", "name"]}>
 *   {({ user, signOut }) => <App user={user} onSignOut={signOut} />}
 * </Authenticator>
 */
export function Authenticator({ auth, children, ...props }: AuthenticatorProps) {
  const inner = (
    <AuthUIProvider {...props}>
      <Routes {...props}>{children}</Routes>
    </AuthUIProvider>
  );
  return auth ? <CognitoAuthProvider auth={auth}>{inner}</CognitoAuthProvider> : inner;
}

function Routes({ initialScreen = "signIn", hideSignUp, loginMechanism, signUpAttributes, components, className, header, footer, children }: AuthenticatorProps) {
  const auth = useAuth();
  const step = useAuthStep();
  const { t, cx, theme, dir } = useUI();
  const first = useRef<StepName | null>(null);
  const moved = useRef(false);
  const started = useRef(false);
  // The initial screen counts as the first one: going there is no move (no focus stolen on load).
  if (first.current === null && step !== "restoring") first.current = step === "signIn" ? initialScreen : step;
  if (started.current && step !== first.current) moved.current = true;
  useEffect(() => {
    // Only the first signed-out screen goes to initialScreen; later visits to sign-in stay there.
    if (step === "restoring" || started.current) return;
    started.current = true;
    if (step === "signIn" && initialScreen !== "signIn") auth.navigate(initialScreen);
  }, [auth, step, initialScreen]);
  // The first screen does not steal focus from the page; every screen after it takes it.
  const autoFocus = moved.current;
  const builtIn: Record<Exclude<RoutedStep, AddOnStep>, ReactNode> = {
    signIn: <SignIn loginMechanism={loginMechanism} hideSignUp={hideSignUp} autoFocus={autoFocus} />,
    signUp: <SignUp loginMechanism={loginMechanism} attributes={signUpAttributes} autoFocus={autoFocus} />,
    confirmSignUp: <ConfirmSignUp autoFocus={autoFocus} />,
    confirmSignIn: <ConfirmSignIn autoFocus={autoFocus} />,
    selectMfaType: <SelectMfaType autoFocus={autoFocus} />,
    setupTotp: <SetupTotp autoFocus={autoFocus} />,
    newPasswordRequired: <NewPassword autoFocus={autoFocus} />,
    forgotPassword: <ForgotPassword loginMechanism={loginMechanism} autoFocus={autoFocus} />,
    confirmForgotPassword: <ConfirmForgotPassword autoFocus={autoFocus} />,
  };
  const screens: Partial<Record<StepName, ReactNode>> = builtIn;
  let content: ReactNode;
  if (step === "restoring") content = <p role="status" className={cx("root", "loading")} data-theme={theme}>{t("common.pending")}</p>;
  else if (step === "signedIn") content = <SignedIn>{children}</SignedIn>;
  else {
    const Custom = components?.[step];
    const AddOn = addOnScreens[step];
    // The app's own screen sits in the kit's card and theme, like the screens it replaces.
    content = Custom ? <div className={cx("root", "screen")} data-theme={theme} dir={dir}><Custom autoFocus={autoFocus} /></div>
      : AddOn ? <AddOn autoFocus={autoFocus} loginMechanism={loginMechanism} hideSignUp={hideSignUp} attributes={signUpAttributes} /> : screens[step];
  }
  return (
    <div className={[cx("authenticator"), className].filter(Boolean).join(" ")} data-step={step}>
      {step !== "signedIn" && header}
      {content}
      {step !== "signedIn" && footer}
    </div>
  );
}

function SignedIn({ children }: { children: AuthenticatorProps["children"] }) {
  const auth = useAuth();
  const user = useAuthUser();
  const { t, cx, theme } = useUI();
  if (!user) return null;
  const signOut = () => void auth.signOut();
  if (typeof children === "function") return <>{children({ user, signOut })}</>;
  if (children) return <>{children}</>;
  return (
    <div className={cx("root", "signed-in")} data-theme={theme}>
      <p>{t("signedIn.greeting", { name: user.email ?? user.username })}</p>
      <button type="button" className={cx("button")} onClick={signOut}>{t("account.signOut")}</button>
    </div>
  );
}
