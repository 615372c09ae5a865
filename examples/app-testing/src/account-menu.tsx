/** The app's own component: who is signed in (and whether an admin), or the MFA step still pending. */
import { useAuthStep, useAuthUser } from "cognito-react-kit/react";
import { ConfirmSignIn } from "cognito-react-kit/ui";

export function AccountMenu() {
  const user = useAuthUser();
  const step = useAuthStep();
  if (step === "confirmSignIn") return <ConfirmSignIn />;
  if (!user) return <p>Not signed in</p>;
  const groups = (user.claims["cognito:groups"] as string[] | undefined) ?? [];
  return (
    <p>
      Signed in as {user.email ?? user.username}
      {groups.includes("admin") ? <strong> (admin)</strong> : null}
    </p>
  );
}
