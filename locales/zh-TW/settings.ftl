# Account settings (pages/settings): the hub and the names of its pages.
settings-hub-lead = 驗證或更新您的合作夥伴設定檔、管理使用者並自訂型錄。
settings-legal-title = 合作夥伴設定檔
settings-legal-about = 您組織的法定名稱、地址和主要連絡人。
settings-billing-title = 合作夥伴帳單設定檔
settings-billing-about = 帳單資訊（如果與合作夥伴設定檔不同）。
settings-organization-title = 組織設定檔
settings-organization-about = 直接向軟體廠商購買軟體時用於計費的帳戶。
settings-support-title = 支援設定檔
settings-support-about = 客戶尋求支援時會被引導到的網站、電子郵件和電話。
settings-mpn-title = MPN 設定檔
settings-mpn-about = 您的 MPN 識別碼和合作夥伴名稱。
settings-users-title = 使用者管理
settings-users-about = 新增使用者、指派角色和移除使用者。
settings-catalog-title = 型錄
settings-catalog-about = 最多選擇五個優惠顯示在型錄清單頂端。
